package uk.earlyhelp.feed.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.earlyhelp.feed.client.ApiCalls;
import uk.earlyhelp.feed.client.IntegratorClient;

/**
 * Records every call an authenticated client makes, with the answer it got (refused ones too: a 403 or a 429 is what
 * an administrator wants to see). The path only: a query string is the client's business.
 */
public class CallRecording extends OncePerRequestFilter {

    private final ApiCalls calls;

    public CallRecording(ApiCalls calls) {
        this.calls = calls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<IntegratorClient> client = ApiClients.current();
        try {
            chain.doFilter(request, response);
        } finally {
            client.ifPresent(caller -> calls.record(caller.id(), request.getMethod(), request.getRequestURI(),
                    response.getStatus()));
        }
    }
}
