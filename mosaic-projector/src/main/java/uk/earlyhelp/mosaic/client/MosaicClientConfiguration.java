package uk.earlyhelp.mosaic.client;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.mosaic.delivery.Mosaic;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;

/**
 * The client the delivery uses, whenever delivery is on. With no base URL configured it talks to the embedded
 * stand-in (wherever that listens, a free port included); with neither, the portal refuses to start rather than
 * park every delivery.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mosaic.delivery", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MosaicClientProperties.class)
class MosaicClientConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MosaicClientConfiguration.class);

    @Bean
    Mosaic mosaic(MosaicClientProperties properties, ObjectProvider<MosaicStandIn> standIn) {
        URI baseUrl = properties.baseUrl();
        if (baseUrl == null) {
            MosaicStandIn embedded = standIn.getIfAvailable();
            if (embedded == null) {
                throw new IllegalStateException("mosaic.client.base-url is not set and the Mosaic stand-in is off "
                        + "(mosaic.stand-in.enabled): finished assessments would have nowhere to go");
            }
            baseUrl = embedded.baseUri();
        }
        MosaicClient client = new MosaicClient(baseUrl, properties);
        LOG.info("Finished assessments are delivered to {}", client.submissions());
        return client;
    }
}
