package uk.earlyhelp.portal.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What Spring Security does with a refused request. A save posted after its session ended fails the CSRF check
 * (the token lived in the session): rather than lose what was typed, the save is kept and the practitioner asked to
 * sign in, after which {@link ResumeKeptSave} replays it. Only saves from the portal's own pages are kept, and they
 * are never applied here: nothing changes until the author has signed in. "Sign out" after the end goes where
 * signing out would have. Every other refusal is a 403, as before.
 */
@Component
public class KeepSaveAfterTimeout implements AccessDeniedHandler {

    /** The sign-in page, saying why: "Your session timed out. Sign in to save your answers". */
    static final String SIGN_IN_TO_SAVE = "/sign-in?timedOut";

    private static final Logger log = LoggerFactory.getLogger(KeepSaveAfterTimeout.class);
    private static final String CSRF_PARAMETER = "_csrf";
    private static final String SIGN_OUT = "/sign-out";
    private static final String SIGNED_OUT = "/sign-in?signedOut";

    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final KeptSaves saves;
    private final SessionProperties properties;
    private final SessionOwnerPass pass;

    KeepSaveAfterTimeout(KeptSaves saves, SessionProperties properties, SessionOwnerPass pass) {
        this.saves = saves;
        this.properties = properties;
        this.pass = pass;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean staleToken = denied instanceof CsrfException && "POST".equals(request.getMethod());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (staleToken && path.equals(SIGN_OUT) && !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            // "Sign out" pressed after the session had ended (the time-out warning offers it): that is done already,
            // and as after signing out, the ended session may keep no save.
            pass.clear(request, response);
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        // Kept only for a signed-in session that has ended, and for its user: never for a visitor who never signed in.
        Optional<String> owner = staleToken && SameOrigin.of(request) ? pass.owner(request) : Optional.empty();
        // Any post refused so (a save or not: "Stay signed in" too) starts a session for its fresh token: the pass follows.
        owner.ifPresent(user -> pass.carryOver(request, response, user));
        Optional<SaveAddresses.KeptSaveTarget> target = owner.isPresent() ? SaveAddresses.match(path) : Optional.empty();
        if (target.isEmpty()) {
            refuse.handle(request, response, denied);
            return;
        }
        Optional<String> token = saves.keep(new KeptSave(target.get().assessmentId(), target.get().replayPath(),
                parameters(request), owner.get()), KeptSaveCookie.read(request));
        if (token.isEmpty()) {
            log.warn("Could not keep a save to assessment {} posted after its session ended: too large, or too many kept",
                    target.get().assessmentId());
            refuse.handle(request, response, denied);
            return;
        }
        // Ids only: the user's name is their email address, and what was typed is personal data.
        log.info("Kept a save to assessment {} posted without a valid session, until its author signs in",
                target.get().assessmentId());
        KeptSaveCookie.write(request, response, token.get(), properties.keepSavesFor());
        if (target.get().autosave()) {
            // The page's script, not a person, sent this: it tells the practitioner, who stays on the page.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write("{\"saved\":false,\"signedOut\":true}".getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(request.getContextPath() + SIGN_IN_TO_SAVE);
        }
    }

    private static LinkedMultiValueMap<String, String> parameters(HttpServletRequest request) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(CSRF_PARAMETER)) {
                parameters.addAll(name, Arrays.asList(values));
            }
        });
        return parameters;
    }
}
