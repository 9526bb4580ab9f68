package uk.earlyhelp.portal.errorpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.PortalWebTest;

/** Errors reach the browser as GOV.UK pages in the layout, under the same headers, and say nothing technical. */
class ErrorPagesTest extends PortalWebTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMissingPageIsPageNotFound() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/css/no-such-file.css")).header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<title>Page not found – Early Help Portal</title>",
                        "If you typed the web address, check it is correct.")
                .doesNotContain("Exception", "Whitelabel", "no-such-file", "jsessionid");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAPlainExplanation() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=practitioner%40example.org&password=early-help-demo-2026")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You cannot do that", "Your session may have ended")
                .doesNotContain("Exception", "Invalid CSRF", "jsessionid");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
