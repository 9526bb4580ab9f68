package uk.earlyhelp.portal.account.signin;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * The signed-in person an approved account becomes. Also Spring Security's {@link UserDetailsService}, so other
 * parts (and tests) can load a user; signing in itself goes through {@link AccountSignIn}, never a plain password check.
 */
@Component
public class PortalUsers implements UserDetailsService {

    private final Accounts accounts;

    PortalUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public PortalUser loadUserByUsername(String email) {
        return accounts.findByEmail(Accounts.normalise(email))
                .filter(account -> account.status() == AccountStatus.APPROVED)
                .map(PortalUsers::of)
                .orElseThrow(() -> new UsernameNotFoundException("No approved account"));
    }

    /** Without its password hash: the session has no use for it. */
    static PortalUser of(Account account) {
        return new PortalUser(account.id(), account.email(), "", account.displayName(), account.locality(),
                List.of(account.role().authority()));
    }
}
