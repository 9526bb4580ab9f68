package uk.earlyhelp.portal.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Every signed-in session of the portal, by account (Spring Security's session registry, filled at sign-in). Ending an
 * account's sessions marks them expired; each one's next request is signed out and sent to sign in. Sessions live in
 * this process only when the portal keeps its sessions in memory; in the database's, on every node, when they live there.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session signed in as this account (its id: the principal's name, ADR 0032), but the one given (the session that made the change, if
     * it is signed in as that account; null for none). After a new password, a session someone stole must not live on.
     */
    public void endAllOf(String accountId, String exceptSessionId) {
        // Looked up by username (a User equals any other with the same one), not by listing every principal: Spring
        // Session's registry, used when sessions live in the database, finds sessions by name and lists no principals.
        UserDetails account = User.withUsername(accountId).password("").build();
        for (SessionInformation session : registry.getAllSessions(account, false)) {
            if (!session.getSessionId().equals(exceptSessionId)) {
                session.expireNow();
            }
        }
    }
}
