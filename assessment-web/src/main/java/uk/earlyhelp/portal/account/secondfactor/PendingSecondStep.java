package uk.earlyhelp.portal.account.secondfactor;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * Between the password and the code: who gave the right password, with no authority at all, so that no page that
 * needs a role can be reached (fail closed) and {@link SecondStepFilter} sends every other page to the code step.
 */
final class PendingSecondStep extends AbstractAuthenticationToken {

    private final Authentication passwordChecked; // kept in the session store (serialised)

    PendingSecondStep(Authentication passwordChecked) {
        super(List.of());
        this.passwordChecked = passwordChecked;
        setAuthenticated(true);
    }

    /** The sign-in the password step made, given once the second step is passed. */
    Authentication passwordChecked() {
        return passwordChecked;
    }

    PortalUser user() {
        return (PortalUser) passwordChecked.getPrincipal();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return passwordChecked.getPrincipal();
    }
}
