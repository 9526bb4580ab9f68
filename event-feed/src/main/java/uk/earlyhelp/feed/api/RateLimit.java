package uk.earlyhelp.feed.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.client.IntegratorProperties;

/**
 * A token bucket per client (Bucket4j): {@code burst} requests at once, refilled at {@code requests-per-minute}. Past
 * it, 429 with {@code Retry-After} in whole seconds. One client's busy loop never slows the others or the portal. The
 * buckets live in this node's memory: with several portals behind a load balancer each allows the rate.
 */
public class RateLimit extends OncePerRequestFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final IntegratorProperties properties;

    public RateLimit(IntegratorProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<IntegratorClient> client = ApiClients.current();
        if (client.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(client.get().id(), id -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                "More than " + properties.requestsPerMinute() + " requests a minute; try again after Retry-After.");
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(properties.burst())
                .refillGreedy(properties.requestsPerMinute(), Duration.ofMinutes(1))).build();
    }
}
