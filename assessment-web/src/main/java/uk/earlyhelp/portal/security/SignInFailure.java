package uk.earlyhelp.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in page with the email address still filled in (GOV.UK: keep what was typed), and one
 * message for every failure, so the page never tells whether an account exists for an address. The one exception
 * is an expired account with its correct password (see AccountSignIn): its owner is told to ask their coordinator.
 */
class SignInFailure implements AuthenticationFailureHandler {

    static final String EMAIL_ATTRIBUTE = "email";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        FlashMap flash = new FlashMap();
        flash.put(EMAIL_ATTRIBUTE, request.getParameter(SecurityConfiguration.EMAIL_PARAMETER));
        flash.setTargetRequestPath(request.getContextPath() + SecurityConfiguration.SIGN_IN);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        String outcome = exception instanceof AccountExpiredException ? "?expired" : "?error";
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + outcome);
    }
}
