package uk.earlyhelp.portal.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.wizard.WizardAssessments;

/**
 * On signing in: give the browser its pass for this session ({@link SessionOwnerPass}); if it holds a kept save
 * (its cookie), take it, and if the person who signed in is the user whose session had ended (the save's owner) and
 * the author of its assessment, send them to its page, where {@link ReplayKeptSave} saves it through the page's own
 * controller. Anyone else who signs in on that browser never sees it: it is discarded. Without a kept save,
 * signing in carries on as it would have.
 */
@Component
public class ResumeKeptSave {

    /** Session attribute: the save to replay when its page is next requested. */
    static final String REPLAY = ResumeKeptSave.class.getName() + ".REPLAY";

    private static final Logger log = LoggerFactory.getLogger(ResumeKeptSave.class);

    private final KeptSaves saves;
    private final WizardAssessments assessments;
    private final SessionOwnerPass pass;

    ResumeKeptSave(KeptSaves saves, WizardAssessments assessments, SessionOwnerPass pass) {
        this.saves = saves;
        this.assessments = assessments;
        this.pass = pass;
    }

    /** Signing in that resumes a kept save first, and otherwise does what {@code otherwise} does. */
    public AuthenticationSuccessHandler orElse(AuthenticationSuccessHandler otherwise) {
        return (request, response, authentication) -> {
            pass.write(request, response, authentication.getName());
            Optional<String> token = KeptSaveCookie.read(request);
            if (token.isPresent()) {
                KeptSaveCookie.clear(request, response);
                Optional<KeptSave> kept = saves.take(token.get());
                if (kept.isPresent() && resume(kept.get(), request, response, authentication)) {
                    return;
                }
            }
            otherwise.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private boolean resume(KeptSave kept, HttpServletRequest request, HttpServletResponse response,
                           Authentication authentication) throws IOException {
        boolean sameUser = pass.ownerOf(authentication.getName()).equals(kept.owner());
        if (!sameUser || !assessments.authoredBy(kept.assessmentId(), authentication.getName())) {
            // Ids only: the user's name is their email address, which is personal data.
            log.warn("Discarded a save to assessment {} kept after a session ended: whoever signed in is not its user and author",
                    kept.assessmentId());
            return false;
        }
        HttpSession session = request.getSession();
        session.setAttribute(REPLAY, kept);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        log.info("Replaying a save to assessment {} kept after its session ended", kept.assessmentId());
        response.sendRedirect(request.getContextPath() + kept.replayPath());
        return true;
    }
}
