package uk.earlyhelp.portal.cluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes (the {@code postgres} profile): a heartbeat per node and segments given back to a returning node
 * ({@link SegmentShare}). Its own timer, not a leased job: every node beats, not one node per interval. A node is
 * alive for three heartbeats, which must stay shorter than Axon's claim timeout, so a killed node is no longer counted
 * by the time its segments are free to take over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.cluster.give-back.enabled", havingValue = "true")
class SegmentShareConfiguration {

    @Bean
    SmartLifecycle segmentShareHeartbeat(EventProcessingConfiguration processing, JdbcTemplate jdbc, NodeName node,
                                         @Value("${portal.cluster.give-back.heartbeat:2s}") Duration heartbeat,
                                         @Value("${portal.cluster.give-back.release-for:10s}") Duration releaseFor) {
        SegmentShare share = new SegmentShare(processing, new NodeRoster(jdbc, node.value(), heartbeat.multipliedBy(3)),
                releaseFor);
        return new Heartbeat(share, heartbeat);
    }

    /** Starts after Axon's processors (phase), stops before them, and leaves the roster on a clean stop. */
    private static final class Heartbeat implements SmartLifecycle {

        private final SegmentShare share;
        private final Duration every;
        private ScheduledExecutorService timer;

        Heartbeat(SegmentShare share, Duration every) {
            this.share = share;
            this.every = every;
        }

        @Override
        public synchronized void start() {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "segment-share");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::beatSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void beatSafely() {
            try {
                share.beat();
            } catch (RuntimeException e) {
                // a database blip: the next heartbeat tries again (a skipped beat only delays a give-back)
                org.slf4j.LoggerFactory.getLogger(SegmentShare.class).warn("Segment share heartbeat failed: {}",
                        e.getClass().getName());
            }
        }

        @Override
        public synchronized void stop() {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
                share.leave();
            }
        }

        @Override
        public synchronized boolean isRunning() {
            return timer != null;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 1024; // as LeasedSchedule: after Axon has started
        }
    }
}
