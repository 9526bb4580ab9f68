package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.account.OrganisationType;

/**
 * A new password ends every other session of the account, over real HTTP: a session signed in before the reset (one
 * someone may have stolen) is sent to sign in at its next request, while other people's sessions go on.
 */
class PasswordChangeEndsOtherSessionsTest extends PortalWebTest {

    private static final String OLD_PASSWORD = "quartz-meadow-lantern-42";
    private static final String NEW_PASSWORD = "copper-heron-valley-87";

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    GreenMail devOutboxServer;

    @Test
    void resettingThePasswordFromTheEmailedLinkSendsTheOtherSessionToSignIn() throws Exception {
        String email = practitioner();
        HttpBrowser sessionA = new HttpBrowser(port);
        assertThat(signedIn(sessionA.signIn(email, OLD_PASSWORD))).isTrue();
        assertThat(sessionA.get("/").statusCode()).isEqualTo(200);
        HttpBrowser someoneElse = new HttpBrowser(port);
        assertThat(signedIn(someoneElse.signIn(SECOND_PRACTITIONER, DEMO_PASSWORD))).isTrue();

        HttpBrowser sessionB = new HttpBrowser(port);
        String request = sessionB.get("/password-reset").body();
        assertThat(sessionB.postForm("/password-reset", "email", email, "_csrf", HttpBrowser.csrfToken(request))
                .statusCode()).isEqualTo(302);
        String link = Inbox.linkPath(new Inbox(devOutboxServer).await(email, "Reset your Early Help Portal password"),
                "/password-reset/");
        String choose = sessionB.get(link).body();
        HttpResponse<String> changed = sessionB.postForm(link, "password", NEW_PASSWORD,
                "_csrf", HttpBrowser.csrfToken(choose));
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/password-reset/done");

        HttpResponse<String> next = sessionA.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
        assertThat(sessionA.get(next.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("You have been signed out");
        HttpResponse<String> again = sessionA.get("/");
        assertThat(again.statusCode()).as("the ended session stays ended").isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");

        assertThat(someoneElse.get("/").statusCode()).as("another account's session goes on").isEqualTo(200);
        HttpBrowser withTheNewPassword = new HttpBrowser(port);
        assertThat(signedIn(withTheNewPassword.signIn(email, NEW_PASSWORD))).isTrue();
        assertThat(withTheNewPassword.get("/").statusCode()).isEqualTo(200);
    }

    private String practitioner() {
        String email = "p-" + UUID.randomUUID() + "@example.org";
        accounts.save(Account.approved(new AccountDetails("Robin", "Hale", email, "01632 960 300", "Health visitor",
                "Riverside Health Centre", OrganisationType.HEALTH, "North"), Role.PRACTITIONER,
                encoder.encode(OLD_PASSWORD), Instant.now()));
        return email;
    }

    private static boolean signedIn(HttpResponse<String> signIn) {
        return signIn.statusCode() == 302 && !signIn.headers().firstValue("Location").orElseThrow().contains("/sign-in");
    }
}
