package uk.earlyhelp.portal.textinput;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request's parameters, whichever page or controller reads them (wizard answers and table cells, the child
 * forms, registration, sign-in, kept saves), pass the text-input rule before anything sees them: one boundary rather
 * than a rule per field. Runs before Spring Security (-100), so a save kept after a time-out is kept cleaned too.
 * Uploaded files are read by their own page (the CSV import applies the same rule to each field).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // after the character-encoding filter, which is first
class TextInputFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanedParameters(request), response);
    }
}
