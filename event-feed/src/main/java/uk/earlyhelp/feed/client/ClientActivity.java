package uk.earlyhelp.feed.client;

import java.time.Instant;

/** A client as the administrators' list shows it: with how many API calls it made, and when it last called. */
public record ClientActivity(IntegratorClient client, long calls, Instant lastCall) {
}
