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
    /** For signed-out visitors: no redirect to sign in, no saved request. */
    public static final AuthenticationEntryPoint NOT_FOUND =
            (request, response, exception) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);

    private AuditPagesHidden() {
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
