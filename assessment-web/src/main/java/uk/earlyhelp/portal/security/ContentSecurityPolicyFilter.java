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
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
        chain.doFilter(request, response);
    }
}
