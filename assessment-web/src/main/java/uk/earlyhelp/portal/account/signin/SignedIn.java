package uk.earlyhelp.portal.account.signin;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Accounts;

/**
 * What a successful sign-in changes: when the account was last used (linked accounts expire after long disuse),
 * and its hash, re-made with the current algorithm if an older one made it.
 */
@Component
class SignedIn {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    SignedIn(Accounts accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    void record(String accountId, String password) {
        accounts.findById(accountId).ifPresent(account -> {
            account.signedIn(clock.instant());
            if (encoder.upgradeEncoding(account.passwordHash())) {
                account.changePassword(encoder.encode(password));
            }
        });
    }
}
