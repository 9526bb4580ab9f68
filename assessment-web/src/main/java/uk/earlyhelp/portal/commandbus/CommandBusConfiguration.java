package uk.earlyhelp.portal.commandbus;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's command bus and gateway as Axon's Spring Boot auto-configuration builds them, with two changes (ADR 0015): the
 * bus itself starts no transaction ({@link LockThenTransaction} does, once it holds the aggregate's lock), and the
 * gateway retries a save that lost a race with another portal ({@link RetryOnConcurrency}).
 */
@Configuration(proxyBeanMethods = false)
class CommandBusConfiguration {

    /** Longer than any save takes, far shorter than a browser's patience: a lock not had by then is a fault. */
    private static final Duration LONGEST_LOCK_WAIT = Duration.ofSeconds(10);
    private static final int RETRIES = 5;
    private static final int RETRY_INTERVAL_MILLIS = 20;

    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
                                DuplicateCommandHandlerResolver duplicates) {
        SimpleCommandBus bus = SimpleCommandBus.builder()
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        bus.registerHandlerInterceptor(new LockThenTransaction(new AggregateLocks(LONGEST_LOCK_WAIT),
                AnnotationCommandTargetResolver.builder().build(), transactions));
        return bus;
    }

    /**
     * Not a bean of type {@code ScheduledExecutorService}: Spring's scheduling would take any such bean for its own
     * tasks. Daemon, and shut down with the context, so it never keeps a JVM alive (DESIGN.md, pitfall 8).
     */
    @Bean
    RetryThread commandRetryThread() {
        return new RetryThread();
    }

    static final class RetryThread implements DisposableBean {
        final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void destroy() {
            executor.shutdownNow();
        }
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, RetryThread retryThread) {
        return DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(new RetryOnConcurrency(IntervalRetryScheduler.builder()
                        .retryExecutor(retryThread.executor).maxRetryCount(RETRIES).retryInterval(RETRY_INTERVAL_MILLIS)
                        .build()))
                .build();
    }
}
