package uk.earlyhelp.portal.account.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.springframework.web.util.WebUtils;

/**
 * What the sign-in knows of the client besides the typed address: the trusted-browser cookie, if it sent one
 * ({@link TrustedBrowsers}). Spring Security carries it as the attempt's details, so it stays in the signed-in
 * session's security context: serialisable, for sessions kept in the database (Spring Session JDBC, ADR 0019).
 */
public record SignInClient(String browserCookie) implements Serializable {

    public static SignInClient of(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, TrustedBrowsers.COOKIE);
        return new SignInClient(cookie == null ? null : cookie.getValue());
    }
}
