/**
 * The integrators' HTTP API ({@code /api/v1/**}): bearer tokens, the per-client rate limit, the record of calls, and
 * the feed of CloudEvents with its problem+json refusals.
 */
package uk.earlyhelp.feed.api;
