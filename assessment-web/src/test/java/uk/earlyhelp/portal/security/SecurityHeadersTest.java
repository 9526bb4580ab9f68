package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.PortalWebTest;

/** What a real browser receives over HTTP from the running portal. */
class SecurityHeadersTest extends PortalWebTest {

    private static final Pattern POLICY_NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageHasAStrictContentSecurityPolicyWhoseNonceIsTheStartUpScriptsAndNewEachTime() throws Exception {
        HttpResponse<String> first = get("/sign-in");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval")
                .contains("default-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                        "form-action 'self'", "base-uri 'self'");
        Matcher nonce = POLICY_NONCE.matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(first.body()).contains("<script nonce=\"" + nonce.group(1) + "\">");
        assertThat(first.body().split("<script nonce=", -1)).hasSize(2); // exactly one inline script

        String second = get("/sign-in").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(second).doesNotContain(nonce.group(1));
    }

    @Test
    void framingSniffingAndReferrersAreRefused() throws Exception {
        HttpResponse<String> page = get("/accessibility");

        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void govukFrontendIsServedFromTheWebJarAtUrlsWithoutItsVersion() throws Exception {
        // Pages link to the versioned URL (Spring rewrites th:href), which changes, so caches refresh, on an upgrade.
        Matcher linked = Pattern.compile("href=\"(/webjars/govuk-frontend/[0-9.]+/dist/govuk/govuk-frontend.min.css)\"")
                .matcher(get("/sign-in").body());
        assertThat(linked.find()).isTrue();
        assertThat(get(linked.group(1)).statusCode()).isEqualTo(200);

        HttpResponse<String> css = get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".govuk-template");

        HttpResponse<String> js = get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        HttpResponse<String> portalJs = get("/js/portal.js");
        assertThat(portalJs.statusCode()).isEqualTo(200);
        assertThat(portalJs.body()).contains("from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'");
    }

    @Test
    void pagesCarryNeitherTheGovukTypefaceNorItsCrown() throws Exception {
        HttpResponse<String> css = get("/css/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("font-family: arial, sans-serif !important");

        String page = get("/sign-in").body();
        assertThat(page).contains("Early Help Portal", "href=\"/accessibility\"", "href=\"/privacy\"", "href=\"/cookies\"")
                .doesNotContain("govuk-header__logo", "govuk-logo", "GOV.UK", "govuk-footer__crown", "rebrand/images")
                .contains("href=\"/favicon.svg\"");
        assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void powerfulBrowserFeaturesAndOtherSitesWindowsAreShutOut() throws Exception {
        HttpResponse<String> page = get("/sign-in");

        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()");
        assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @Test
    void theEmbeddedDefaultBelievesNoForwardedHeaderSoPlainHttpGetsNoHsts() throws Exception {
        HttpResponse<String> page = get("/sign-in", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
