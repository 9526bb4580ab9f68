/**
 * The domain's events as CloudEvents 1.0 (the anti-corruption layer for integrators): their types, subjects, and the
 * redaction of personal data for clients that must not see it.
 */
package uk.earlyhelp.feed.cloudevent;
