package uk.earlyhelp.portal.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The auditors' pages do not exist for anyone else: a practitioner, coordinator or administrator refused one, and a
 * signed-out visitor, get the portal's "Page not found" (404), exactly as for an unknown id, rather than "forbidden"
 * or the sign-in page, which would tell them that something is there. The security configuration uses these two.
 */
public final class AuditPagesHidden {

    public static final String[] PATHS = {"/audit", "/audit/**"};
    public static final RequestMatcher MATCHER = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(PATHS[0]),
            PathPatternRequestMatcher.withDefaults().matcher(PATHS[1]));
    private AuditPagesHidden() {
    }

    /**
     * For signed-out visitors: "Page not found" on auditor pages (no redirect to sign in, no saved request), and
     * {@code otherwise} (the sign-in page) everywhere else.
     */
    public static AuthenticationEntryPoint notFoundOr(AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            if (MATCHER.matches(request)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                otherwise.commence(request, response, exception);
            }
        };
    }

    /** For signed-in users without the role: "Page not found" on auditor pages, {@code otherwise} everywhere else. */
    public static AccessDeniedHandler notFoundOr(AccessDeniedHandler otherwise) {
        return (request, response, denied) -> {
            if (MATCHER.matches(request)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }
}
