package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/**
 * Production (profile postgres) behind the council's TLS-terminating proxy: X-Forwarded-Proto is believed only from a
 * configured proxy (EHP_TRUSTED_PROXIES, this machine by default), so HSTS is sent for HTTPS at the proxy, and a
 * caller elsewhere cannot claim HTTPS or an address by sending the headers itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class ProductionBehindAProxyTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
    }

    @Test
    void httpsAtTheTrustedProxyGetsHsts() throws Exception {
        HttpResponse<String> page = get("127.0.0.1", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(get("127.0.0.1").headers().firstValue("Strict-Transport-Security")).as("plain HTTP at the proxy").isEmpty();
    }

    @Test
    void aCallerThatIsNotAConfiguredProxyIsNotBelieved() throws Exception {
        Optional<String> networkAddress = networkAddress();
        Assumptions.assumeTrue(networkAddress.isPresent(), "this machine has no network address but loopback");

        HttpResponse<String> page = get(networkAddress.get(), "X-Forwarded-Proto", "https", "X-Forwarded-For", "127.0.0.1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(String host, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/sign-in"));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> networkAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance)
                .map(InetAddress::getHostAddress).findFirst();
    }
}
