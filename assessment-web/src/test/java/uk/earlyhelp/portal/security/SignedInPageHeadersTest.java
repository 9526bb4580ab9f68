package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * What a signed-in practitioner's browser receives over HTTP: the strict Content-Security-Policy still holds with
 * every script the signed-in pages load (autosave, the time-out warning), and the other protective headers are there.
 */
class SignedInPageHeadersTest extends PortalWebTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");

    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void aSignedInSectionPageRunsNoInlineCodeButTheNoncedStartUpScript() throws Exception {
        HttpResponse<String> page = signedIn().get("/assessments/" + draft() + "/sections/outcome");
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String html = page.body();

        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval").contains("default-src 'self'", "style-src 'self'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).isTrue();
        List<String> scripts = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            scripts.add(script.group(1).trim());
        }
        assertThat(scripts).contains("nonce=\"" + nonce.group(1) + "\"", "type=\"module\" src=\"/js/autosave.js\"",
                "type=\"module\" src=\"/js/session-timeout.js\"");
        assertThat(scripts).filteredOn(attributes -> !attributes.contains("nonce=")).allMatch(attributes ->
                attributes.matches("type=\"module\" src=\"/[^\"]+\""));
        assertThat(html).doesNotContainPattern("\\sstyle=\"").doesNotContainPattern("\\son[a-z]+=\"")
                .doesNotContain("javascript:");
    }

    @Test
    void signedInPagesAreNeitherFramedSniffedNorCached() throws Exception {
        HttpBrowser browser = signedIn();
        for (String path : List.of("/", "/assessments/" + draft())) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("no-store");
        }
    }

    @Test
    void signedInPagesCarryTheTimeOutWarningWithTheSessionsTimings() throws Exception {
        String html = signedIn().get("/").body();

        assertThat(html).contains("<dialog id=\"session-timeout\"", "role=\"alertdialog\"", "aria-modal=\"true\"",
                "aria-labelledby=\"session-timeout-heading\"", "data-timeout-seconds=\"1800\"",
                "data-warning-seconds=\"120\"", "data-keep-alive-url=\"/session/keep-alive\"",
                "You’re about to be signed out", "Stay signed in");
        assertThat(new HttpBrowser(port).get("/sign-in").body()).as("signed out: no warning")
                .doesNotContain("session-timeout");
    }

    private HttpBrowser signedIn() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.signIn(PRACTITIONER, DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private String draft() {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        return id;
    }
}
