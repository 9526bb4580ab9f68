/** Integrator clients: who may read which events, redacted or not, their API tokens (hashes only) and their calls. */
package uk.earlyhelp.feed.client;
