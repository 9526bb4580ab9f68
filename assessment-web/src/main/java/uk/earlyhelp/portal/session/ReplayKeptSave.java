package uk.earlyhelp.portal.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request for a kept save's page, straight after its author signed in ({@link ResumeKeptSave}), becomes the
 * save that was posted: the same parameters, as a POST, to the same page. So the save passes through the page's own
 * controller, with its author check, its validation and its commands, exactly as if the session had never ended,
 * and lands the practitioner on the page showing what they typed. It runs behind Spring Security, only for a
 * signed-in request, and only once.
 */
class ReplayKeptSave extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(ResumeKeptSave.REPLAY);
        if (kept instanceof KeptSave save && "GET".equals(request.getMethod()) && request.getUserPrincipal() != null
                && save.replayPath().equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            session.removeAttribute(ResumeKeptSave.REPLAY);
            chain.doFilter(new PostedAgain(request, save), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The GET request for the page, dressed as the POST that was kept. */
    private static final class PostedAgain extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        PostedAgain(HttpServletRequest request, KeptSave save) {
            super(request);
            save.parameters().forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        }

        @Override
        public String getMethod() {
            return "POST";
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
