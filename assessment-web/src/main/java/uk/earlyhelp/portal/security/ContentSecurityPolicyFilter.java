package uk.earlyhelp.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy: scripts and styles only from the portal itself, plus the layout's one
 * start-up script, which carries a nonce new for every response. Templates read the nonce as {@code cspNonce}.
 * Spring Security's own CSP writer has no nonces for servlet applications, hence this filter.
 */
public class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A nonce new for one response: also used by the errorpage package's Tomcat-level pages, which no filter sees. */
    public static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The policy with a response's nonce, for a response written outside this filter. */
    public static String policy(String nonce) {
        return POLICY.formatted(nonce);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String nonce = newNonce();
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        chain.doFilter(request, response);
    }
}
