package uk.earlyhelp.feed.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import uk.earlyhelp.feed.client.IntegratorClients;

/**
 * {@code Authorization: Bearer <token>} on the API, through Spring Security's own {@link AuthenticationFilter}: a
 * token is looked up by its hash on every request (no session); a missing, unknown, expired or revoked token gets the
 * same 401, so nobody learns which tokens once existed.
 */
public final class BearerTokens implements AuthenticationEntryPoint {

    private static final String BEARER = "Bearer ";

    private final IntegratorClients clients;

    public BearerTokens(IntegratorClients clients) {
        this.clients = clients;
    }

    /** The filter for the API's filter chain. */
    public AuthenticationFilter filter() {
        AuthenticationFilter filter = new AuthenticationFilter(this::authenticate, this::tokenOf);
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(this));
        // Stay on the request: the API is not a sign-in form that redirects somewhere after success.
        filter.setSuccessHandler((request, response, authentication) -> { });
        return filter;
    }

    private Authentication tokenOf(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            throw new BadCredentialsException("not a bearer token");
        }
        return new PreAuthenticatedAuthenticationToken(null, header.substring(BEARER.length()).strip());
    }

    private Authentication authenticate(Authentication presented) {
        return clients.authenticate((String) presented.getCredentials()).map(ApiClientAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("unknown, expired or revoked token"));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"early-help-portal\"");
        ApiProblems.write(response, HttpStatus.UNAUTHORIZED,
                "Send a current API token: Authorization: Bearer <token>.");
    }
}
