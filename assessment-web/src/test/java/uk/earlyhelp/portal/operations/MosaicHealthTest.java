package uk.earlyhelp.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Mosaic's reachability, against a real listening socket and one that has just been closed. */
class MosaicHealthTest {

    @Test
    void upWhileTheEndpointAcceptsConnectionsDownOnceItDoesNot() throws Exception {
        URI endpoint;
        try (ServerSocket mosaic = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            endpoint = URI.create("http://127.0.0.1:" + mosaic.getLocalPort() + "/mosaic");
            assertThat(MosaicHealth.reachable(endpoint, Duration.ofSeconds(2)).build().getStatus()).isEqualTo(Status.UP);
        }
        assertThat(MosaicHealth.reachable(endpoint, Duration.ofSeconds(2)).build().getStatus()).isEqualTo(Status.DOWN);
    }
}
