package uk.earlyhelp.mosaic.standin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the stand-in with the portal when {@code mosaic.stand-in.enabled}, and stops it with the portal. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mosaic.stand-in", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(StandInProperties.class)
class StandInConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StandInConfiguration.class);

    @Bean(destroyMethod = "close")
    MosaicStandIn mosaicStandIn(StandInProperties properties) {
        MosaicStandIn standIn = MosaicStandIn.start(properties.settings());
        LOG.info("Mosaic stand-in listening on {} (storage {})", standIn.baseUri(), properties.storage());
        return standIn;
    }
}
