package uk.earlyhelp.feed.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook deliveries (docs/integrators.md).
 *
 * @param maxAttempts       attempts of one delivery before it is parked for an administrator
 * @param firstDelay        wait after the first failed attempt; doubled after each further one, up to maxDelay
 * @param jitter            each wait varied by up to this fraction either way, so retries of many clients spread out
 * @param timeout           how long an endpoint may take to answer one request (connecting included)
 * @param allowLoopbackHttp plain HTTP to this machine (127.0.0.1, localhost) is accepted; else HTTPS only
 */
@ConfigurationProperties("portal.integrators.webhooks")
public record WebhookProperties(@DefaultValue("8") int maxAttempts,
                                @DefaultValue("2s") Duration firstDelay,
                                @DefaultValue("5m") Duration maxDelay,
                                @DefaultValue("0.2") double jitter,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue("false") boolean allowLoopbackHttp) {

    public WebhookProperties {
        if (maxAttempts < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("portal.integrators.webhooks: max-attempts >= 1, 0 <= jitter < 1");
        }
    }

    /** firstDelay doubled per earlier failure, capped at maxDelay, then varied by ±jitter ({@code random} in [0, 1)). */
    Duration waitAfter(int failures, double random) {
        long base = firstDelay.toMillis();
        for (int i = 1; i < failures && base < maxDelay.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, maxDelay.toMillis());
        return Duration.ofMillis(Math.round(base * (1 + jitter * (2 * random - 1))));
    }
}
