package uk.earlyhelp.feed.api;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.earlyhelp.feed.client.IntegratorClient;

/** The client the current API request was authenticated as, if any. */
public final class ApiClients {

    private ApiClients() {
    }

    public static Optional<IntegratorClient> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiClientAuthentication client
                ? Optional.of(client.getPrincipal()) : Optional.empty();
    }
}
