package uk.earlyhelp.portal.account.secondfactor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a sign-in waits for its second step, every page but the code and enrolment pages, signing out, the error page
 * and static files goes to the code page. (Pages needing a role would refuse anyway: the pending sign-in has none.)
 */
public class SecondStepFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of(SecondStepOnSignIn.CODE, SecondStepOnSignIn.ENROL,
            "/sign-out", "/error", "/css/", "/js/", "/images/", "/webjars/", "/favicon.svg");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondStep) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (ALLOWED.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + SecondStepOnSignIn.CODE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
