package uk.earlyhelp.portal.eventprocessing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for every event processor not configured one by one under {@code axon.eventhandling.processors.<group>}.
 *
 * @param batchSize events handled in one transaction; Axon's default of 1 makes a replay of a long history crawl
 */
@ConfigurationProperties("portal.event-processing")
public record EventProcessingProperties(@DefaultValue("100") int batchSize) {

    public EventProcessingProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("portal.event-processing.batch-size must be at least 1");
        }
    }
}
