/**
 * Webhooks: each client's events pushed to its endpoint, one per request, signed as Standard Webhooks 1.0 says, in
 * order, retried with backoff and jitter, parked (with every later event of the same subject) after the last attempt.
 */
package uk.earlyhelp.feed.webhook;
