package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.PropertySource;
import uk.earlyhelp.portal.PortalWebTest;

/** The session cookie as a browser receives it, and a new session id at every sign-in (no session fixation). */
class SessionCookieTest extends PortalWebTest {

    @Test
    void signingInGivesANewSessionIdAndTheOldOneSignsNobodyIn() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.get("/sign-in");
        String beforeSignIn = browser.sessionCookie;
        assertThat(beforeSignIn).as("the sign-in page's session (it holds the CSRF token)").isNotNull();

        HttpResponse<String> signedIn = browser.signIn(PRACTITIONER, DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.sessionCookie).isNotNull().isNotEqualTo(beforeSignIn);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpBrowser fixated = new HttpBrowser(port);
        fixated.sessionCookie = beforeSignIn; // an attacker who planted, or saw, the id before sign-in
        HttpResponse<String> dashboard = fixated.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws IOException, InterruptedException {
        HttpResponse<String> page = new HttpBrowser(port).get("/sign-in");
        String cookie = HttpBrowser.setCookie(page, "JSESSIONID").orElseThrow();

        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax").contains("; Path=/");
        assertThat(page.headers().allValues("Set-Cookie")).as("no other cookie on a plain page").hasSize(1);
    }

    @Test
    void inProductionTheSessionCookieIsSecureToo() throws IOException {
        StandardEnvironment production = new StandardEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : List.of("application-postgres.yml", "application.yml")) {
            for (PropertySource<?> source : yaml.load(file, new ClassPathResource(file))) {
                production.getPropertySources().addLast(source);
            }
        }
        Binder settings = Binder.get(production);

        assertThat(settings.bind("server.servlet.session.cookie.secure", Boolean.class).get()).isTrue();
        assertThat(settings.bind("server.servlet.session.cookie.http-only", Boolean.class).get()).isTrue();
        assertThat(settings.bind("server.servlet.session.cookie.same-site", String.class).get()).isEqualToIgnoringCase("lax");
    }
}
