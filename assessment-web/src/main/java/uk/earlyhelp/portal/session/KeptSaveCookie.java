package uk.earlyhelp.portal.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * The cookie that ties a kept save to the browser that posted it: only the random token, never anything typed.
 * HttpOnly, SameSite=Strict, and Secure whenever the session cookie is (the {@code postgres} profile).
 */
final class KeptSaveCookie {

    static final String NAME = "EHP_KEPT_SAVE";

    private KeptSaveCookie() {
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, NAME);
        return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token, Duration lifetime) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, token, lifetime).toString());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration lifetime) {
        return cookie(request, NAME, value, lifetime);
    }

    /** One of the portal's own cookies: HttpOnly, SameSite=Strict, Secure as the session cookie is; a negative
     * lifetime for one that goes when the browser closes, as the session cookie does. */
    static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration lifetime) {
        boolean secure = request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return ResponseCookie.from(name, value).httpOnly(true).secure(secure).sameSite("Strict").path(path)
                .maxAge(lifetime).build();
    }
}
