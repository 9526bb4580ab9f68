package uk.earlyhelp.portal.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.axonframework.common.AxonThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonAxonJanitorTest {

    @Test
    void theJanitorsThreadIsADaemonEvenWhenANonDaemonThreadAsksFirst() throws Exception {
        // Built like AxonTaskJanitor.INSTANCE, from this (non-daemon) test thread.
        ScheduledThreadPoolExecutor janitor = new ScheduledThreadPoolExecutor(1, new AxonThreadFactory("test-janitor"));
        try {
            assertThat(DaemonAxonJanitor.startAsDaemon(janitor)).isTrue();

            Thread worker = janitor.submit(Thread::currentThread).get();

            assertThat(worker.isDaemon()).isTrue();
            assertThat(janitor.getPoolSize()).isOne();
        } finally {
            janitor.shutdownNow();
        }
    }
}
