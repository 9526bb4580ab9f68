package uk.earlyhelp.portal.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.earlyhelp.mosaic.client.MosaicClientProperties;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;

/**
 * "mosaic" in /actuator/health: whether Mosaic's integration endpoint accepts a connection. Only a connection: a
 * request would need the delivery's credentials and could look like a submission to Mosaic. Down means deliveries
 * are being parked and retried (they are not lost); unknown when delivery is switched off.
 */
@Component("mosaicHealthIndicator") // health key "mosaic"; the bean name "mosaic" is the Mosaic client's
class MosaicHealth implements HealthIndicator {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final ObjectProvider<MosaicClientProperties> client;
    private final ObjectProvider<MosaicStandIn> standIn;

    MosaicHealth(ObjectProvider<MosaicClientProperties> client, ObjectProvider<MosaicStandIn> standIn) {
        this.client = client;
        this.standIn = standIn;
    }

    @Override
    public Health health() {
        MosaicClientProperties properties = client.getIfAvailable();
        if (properties == null) {
            return Health.unknown().withDetail("delivery", "switched off").build();
        }
        MosaicStandIn embedded = standIn.getIfAvailable();
        URI endpoint = properties.baseUrl() != null ? properties.baseUrl() : embedded == null ? null : embedded.baseUri();
        if (endpoint == null) {
            return Health.unknown().withDetail("endpoint", "none configured").build();
        }
        Duration wait = properties.connectTimeout().compareTo(LONGEST_WAIT) < 0 ? properties.connectTimeout() : LONGEST_WAIT;
        return reachable(endpoint, wait)
                .withDetail("endpoint", endpoint.getHost() + ":" + port(endpoint))
                .withDetail("standIn", properties.baseUrl() == null).build();
    }

    static Health.Builder reachable(URI endpoint, Duration wait) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port(endpoint)), (int) wait.toMillis());
            return Health.up();
        } catch (IOException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": no connection within "
                    + wait.toMillis() + " ms");
        }
    }

    private static int port(URI endpoint) {
        return endpoint.getPort() != -1 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
    }
}
