package uk.earlyhelp.portal.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "eventProcessors" in /actuator/health: each processor's lag (events behind the head), whether it runs here and how
 * many segments it holds. Down while any of them is in error (Axon retrying a failing batch): its read model, or
 * Mosaic delivery, has stopped moving. A long lag alone is not down: a replay or a burst of saves makes one.
 */
@Component("eventProcessorsHealthIndicator") // health key "eventProcessors"
class ProcessorsHealth implements HealthIndicator {

    private final ProcessorLag lag;

    ProcessorsHealth(ProcessorLag lag) {
        this.lag = lag;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean error = false;
        for (Map.Entry<String, ProcessorLag.Status> processor : lag.all().entrySet()) {
            ProcessorLag.Status status = processor.getValue();
            error |= status.error();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("running", status.running());
            one.put("error", status.error());
            one.put("segments", status.segments());
            one.put("lag", status.lag().isPresent() ? status.lag().getAsLong() : "unknown");
            details.put(processor.getKey(), one);
        }
        return (error ? Health.down() : Health.up()).withDetails(details).build();
    }
}
