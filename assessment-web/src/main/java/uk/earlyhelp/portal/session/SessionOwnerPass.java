package uk.earlyhelp.portal.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;
import uk.earlyhelp.portal.signing.ServerSignatures;

/**
 * The cookie that lets a save posted after a time-out be kept: written at every sign-in, it names the user (as an
 * HMAC of their name, never their email address) and is signed together with that session's id. A post whose
 * session has ended carries the old session id (the browser still sends its cookie) and this pass: both must match,
 * so only a browser that was signed in as that user, in that session, keeps a save, and it is kept for that user
 * alone. Until they sign in again, the pass follows the browser to each new session the portal starts for it (a
 * refused post's fresh CSRF token, the page asked for before signing in), so no later save typed in the old page is
 * lost. A visitor who never signed in holds no pass; signing out deletes it.
 */
@Component
public class SessionOwnerPass {

    public static final String NAME = "EHP_SESSION_OWNER";
    private static final String OWNER = "kept-save-owner";
    private static final String SESSION = "kept-save-session";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final ServerSignatures signatures;

    SessionOwnerPass(ServerSignatures signatures) {
        this.signatures = signatures;
    }

    /** How kept saves name a user: stable for a name under one signing key, and telling nothing about it. */
    String ownerOf(String username) {
        return BASE64.encodeToString(signatures.sign(OWNER, username));
    }

    /** At sign-in, after the session id has changed (Spring Security changes it then). */
    void write(HttpServletRequest request, HttpServletResponse response, String username) {
        bind(request, response, ownerOf(username), request.getSession().getId());
    }

    /**
     * The first post after the end starts a new session in the browser (Spring Security keeps the fresh CSRF token
     * it makes in one, and the response sets its cookie): the owner's pass moves to that session, or the browser's
     * next save after the end (the Save button after an autosave) would carry a session id no pass names, and be lost.
     */
    void carryOver(HttpServletRequest request, HttpServletResponse response, String owner) {
        HttpSession now = request.getSession(false);
        if (now != null && !now.getId().equals(request.getRequestedSessionId())) {
            bind(request, response, owner, now.getId());
        }
    }

    /**
     * The sign-in that a signed-out page request is sent to (another tab, a link) also starts a new session, to
     * remember the page asked for: the pass moves to it as well, so the page still open on the old session keeps its
     * next save.
     */
    public AuthenticationEntryPoint carryingOver(AuthenticationEntryPoint next) {
        return (request, response, exception) -> {
            owner(request).ifPresent(owner -> carryOver(request, response, owner));
            next.commence(request, response, exception);
        };
    }

    /** "Sign out" after the end: the pass goes, as signing out deletes it. */
    void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, KeptSaveCookie.cookie(request, NAME, "", Duration.ZERO).toString());
    }

    private void bind(HttpServletRequest request, HttpServletResponse response, String owner, String sessionId) {
        String value = owner + "." + BASE64.encodeToString(signatures.sign(SESSION, owner, sessionId));
        response.addHeader(HttpHeaders.SET_COOKIE, KeptSaveCookie.cookie(request, NAME, value, Duration.ofSeconds(-1)).toString());
    }

    /** The user whose session this request's (ended) session id was, if it carries their pass for that session. */
    Optional<String> owner(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, NAME);
        String sessionId = request.getRequestedSessionId();
        if (cookie == null || sessionId == null) return Optional.empty();
        String[] parts = cookie.getValue().split("\\.", -1);
        if (parts.length != 2) return Optional.empty();
        try {
            return signatures.verify(Base64.getUrlDecoder().decode(parts[1]), SESSION, parts[0], sessionId)
                    ? Optional.of(parts[0]) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
