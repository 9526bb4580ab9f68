package uk.earlyhelp.portal.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;

/**
 * Gauges of our own in /actuator/prometheus: {@code portal_processor_lag_events{processor=…}} for each streaming
 * processor (its name is configuration, never data), and {@code portal_mosaic_delivery_parked}, the assessments
 * whose delivery to Mosaic failed and waits for a retry. Read at each scrape, never in between.
 */
@Component
class OperationsGauges implements MeterBinder {

    private final ProcessorLag lag;
    private final ParkedDeliveries parked;

    OperationsGauges(ProcessorLag lag, ParkedDeliveries parked) {
        this.lag = lag;
        this.parked = parked;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : lag.all().keySet()) {
            Gauge.builder("portal.processor.lag", lag, l -> l.of(processor).lag().orElse(-1))
                    .description("Events the processor has still to handle on this node; -1 while it holds no segment")
                    .baseUnit("events").tag("processor", processor).register(registry);
        }
        Gauge.builder("portal.mosaic.delivery.parked", parked, ParkedDeliveries::count)
                .description("Assessments whose delivery to Mosaic failed and waits for a retry")
                .baseUnit("assessments").register(registry);
    }
}
