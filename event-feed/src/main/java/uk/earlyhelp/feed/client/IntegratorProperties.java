package uk.earlyhelp.feed.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Integrators' API (docs/integrators.md).
 *
 * @param source            the CloudEvents {@code source} of every event, before its group ({@code /assessments}…)
 * @param rotationGrace     after a token is rotated, how long the old one still works: time to deploy the new one
 * @param requestsPerMinute API requests a client may make per minute; past it, 429 with {@code Retry-After}
 * @param burst             requests a client may make at once before the per-minute rate applies
 * @param maxStreams        live streams (Server-Sent Events) open at once, all clients together: each holds a thread
 * @param streamHeartbeat   a stream with nothing to send sends an SSE comment this often, so proxies keep it open
 * @param streamMaxDuration a stream ends after this long; the client reconnects with Last-Event-ID and loses nothing
 */
@ConfigurationProperties("portal.integrators")
public record IntegratorProperties(@DefaultValue("/early-help-portal") String source,
                                   @DefaultValue("24h") Duration rotationGrace,
                                   @DefaultValue("600") int requestsPerMinute,
                                   @DefaultValue("60") int burst,
                                   @DefaultValue("50") int maxStreams,
                                   @DefaultValue("15s") Duration streamHeartbeat,
                                   @DefaultValue("30m") Duration streamMaxDuration) {

    public IntegratorProperties {
        if (requestsPerMinute < 1 || burst < 1 || maxStreams < 1) {
            throw new IllegalArgumentException("portal.integrators rate limits must be at least 1");
        }
        if (rotationGrace.isNegative()) {
            throw new IllegalArgumentException("portal.integrators.rotation-grace must not be negative");
        }
    }
}
