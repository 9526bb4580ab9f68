package uk.earlyhelp.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * Finding 5 of the security review, under a detected cloud platform: Spring Boot then believes forwarded headers from
 * the platform's proxies (Tomcat's RemoteIpValve), here from any address, so a caller's header sets the remote address
 * Tomcat reports. A caller reaching the portal on the machine's network address, claiming to be 127.0.0.1, is still
 * not "this machine"; the developer on loopback still is.
 */
@TestPropertySource(properties = {"spring.main.cloud-platform=kubernetes", "server.tomcat.remoteip.internal-proxies=.*"})
class DevOutboxOnACloudPlatformTest extends PortalWebTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aCallerOnTheNetworkClaimingToBeThisMachineIsNotLetIn() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has a network address besides loopback");

        HttpResponse<String> claimed = outbox(network.get().getHostAddress(), "127.0.0.1");
        HttpResponse<String> local = outbox("127.0.0.1", null);

        assertThat(claimed.statusCode()).as("sent to sign in").isEqualTo(302);
        assertThat(claimed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(local.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> outbox(String host, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/dev/outbox"))
                .timeout(Duration.ofSeconds(30));
        if (forwardedFor != null) request.header("X-Forwarded-For", forwardedFor);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(DevOutboxOnACloudPlatformTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface face) {
        try {
            return face.isUp();
        } catch (SocketException unreadable) {
            return false;
        }
    }
}
