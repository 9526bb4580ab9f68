package uk.earlyhelp.portal.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.signing.ServerSignatures;

/**
 * Browsers an address has signed in on before (OWASP's "device cookie"): after each successful sign-in the browser
 * gets a cookie signed for that address. Failed sign-ins then count per address and client: from a browser with that
 * address's cookie against the browser alone, from anywhere else against the address. An attacker who fails five
 * times locks out every client but the owner's own browsers, and cannot forge the cookie (an HMAC over a random
 * value and the address). The cookie names nobody: the address is only inside the signature.
 */
@Component
public class TrustedBrowsers {

    static final String COOKIE = "EHP_TRUSTED_DEVICE";
    private static final String PURPOSE = "trusted-browser";
    private static final Duration LIFETIME = Duration.ofDays(180);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final ServerSignatures signatures;

    TrustedBrowsers(ServerSignatures signatures) {
        this.signatures = signatures;
    }

    /** The key failures are counted under: the address, or the address on this trusted browser. */
    String counterKey(String email, Object details) {
        if (details instanceof SignInClient client && client.browserCookie() != null) {
            String[] parts = client.browserCookie().split("\\.", -1);
            try {
                if (parts.length == 2 && parts[0].length() == 22
                        && signatures.verify(Base64.getUrlDecoder().decode(parts[1]), PURPOSE, email, parts[0])) {
                    return email + " on " + parts[0];
                }
            } catch (IllegalArgumentException notBase64) {
                // not a cookie of ours: counted against the address
            }
        }
        return email;
    }

    /** Signing in that first marks the browser as this address's, then does what {@code next} does. */
    public AuthenticationSuccessHandler then(AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            remember(request, response, Accounts.normalise(((PortalUser) authentication.getPrincipal()).email()));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private void remember(HttpServletRequest request, HttpServletResponse response, String email) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String browser = BASE64.encodeToString(nonce);
        String value = browser + "." + BASE64.encodeToString(signatures.sign(PURPOSE, email, browser));
        boolean secure = request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).httpOnly(true).secure(secure)
                .sameSite("Strict").path("/").maxAge(LIFETIME).build().toString());
    }
}
