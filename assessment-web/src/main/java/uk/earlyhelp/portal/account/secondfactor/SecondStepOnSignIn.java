package uk.earlyhelp.portal.account.secondfactor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * After the right password: whoever needs a second factor is held at {@link PendingSecondStep} and sent to the code
 * page (or to enrolment); everyone else, and whoever passes the code, goes on as the sign-in would have gone (back to
 * the page they asked for, or a save kept from an ended session), through {@link #then}.
 */
@Component
public class SecondStepOnSignIn {

    static final String CODE = "/sign-in/code";
    static final String ENROL = "/sign-in/enrol";

    private final SecondStep secondStep;
    private final SessionRegistry sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private volatile AuthenticationSuccessHandler then;

    SecondStepOnSignIn(SecondStep secondStep, SessionRegistry sessions) {
        this.secondStep = secondStep;
        this.sessions = sessions;
    }

    /** The form sign-in's success handler: the second step first when needed, then {@code then}. */
    public AuthenticationSuccessHandler before(AuthenticationSuccessHandler then) {
        this.then = then;
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof PortalUser user && secondStep.requiredFor(user)) {
                save(new PendingSecondStep(authentication), request, response);
                boolean byEmail = secondStep.byEmail(user);
                if (byEmail) secondStep.emailCode(user);
                response.sendRedirect(request.getContextPath() + (byEmail || secondStep.enrolled(user) ? CODE : ENROL));
            } else {
                then.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** The second step passed: signed in in full, in a new session id (its privileges changed). */
    void passed(PendingSecondStep pending, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        passedHere(pending, request, response);
        then.onAuthenticationSuccess(request, response, pending.passwordChecked());
    }

    /** As {@link #passed}, without going on: the page shown next is the caller's (enrolment's recovery codes). */
    void passedHere(PendingSecondStep pending, HttpServletRequest request, HttpServletResponse response) {
        String before = request.getSession().getId();
        String after = request.changeSessionId();
        // The registry follows the new id, so ending the account's sessions (SignedInSessions) still reaches this one.
        // Tomcat's session-id event does the same; this holds wherever that event is not sent.
        sessions.removeSessionInformation(before);
        sessions.registerNewSession(after, pending.getPrincipal());
        save(pending.passwordChecked(), request, response);
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
