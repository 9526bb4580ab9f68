package uk.earlyhelp.feed.api;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import uk.earlyhelp.feed.client.IntegratorClient;

/** An API request made with a current token: the client is the principal; the token itself is not kept. */
public class ApiClientAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;
    /** The one authority an integrator client has; no page of the portal grants it. */
    public static final String INTEGRATOR = "ROLE_INTEGRATOR";

    private final transient IntegratorClient client;

    ApiClientAuthentication(IntegratorClient client) {
        super(List.of(new SimpleGrantedAuthority(INTEGRATOR)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public IntegratorClient getPrincipal() {
        return client;
    }
}
