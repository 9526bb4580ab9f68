package uk.earlyhelp.portal.account.reset;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.mail.AccountMail;
import uk.earlyhelp.portal.account.signin.SignInLimits;
import uk.earlyhelp.portal.account.token.OneTimeTokens;
import uk.earlyhelp.portal.account.token.TokenPurpose;
import uk.earlyhelp.portal.security.SignedInSessions;

/**
 * Resetting a forgotten password. Only an approved account gets a link; for any other address nothing is sent,
 * and the page says the same either way. Choosing the new password uses the link, ends the address's failed
 * sign-ins, ends every other signed-in session of the account (one someone stole must not outlive the reset), and
 * tells the owner by email (in case it was not them).
 */
@Component
class PasswordReset {

    private final Accounts accounts;
    private final AccountHistory history;
    private final OneTimeTokens tokens;
    private final AccountMail mail;
    private final PasswordEncoder encoder;
    private final SignInLimits limits;
    private final AccountProperties properties;
    private final SignedInSessions sessions;
    private final Clock clock;

    PasswordReset(Accounts accounts, AccountHistory history, OneTimeTokens tokens, AccountMail mail,
                  PasswordEncoder encoder, SignInLimits limits, AccountProperties properties,
                  SignedInSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.tokens = tokens;
        this.mail = mail;
        this.encoder = encoder;
        this.limits = limits;
        this.properties = properties;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    void request(String email) {
        accounts.findByEmail(Accounts.normalise(email))
                .filter(account -> account.status() == AccountStatus.APPROVED)
                .ifPresent(account -> mail.resetPassword(account,
                        tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD, properties.resetLinkValidity())));
    }

    boolean usable(String token) {
        return tokens.peek(token, TokenPurpose.RESET_PASSWORD).isPresent();
    }

    /** Empty if the link no longer works (used, expired, or never sent). */
    @Transactional
    Optional<Account> choose(String token, String newPassword, String currentSessionId) {
        Optional<Account> changed = tokens.redeem(token, TokenPurpose.RESET_PASSWORD).flatMap(accounts::findById)
                .filter(account -> account.status() == AccountStatus.APPROVED);
        changed.ifPresent(account -> {
            account.changePassword(encoder.encode(newPassword));
            history.record(account, AccountChange.PASSWORD_CHANGED, Actors.SELF, clock.instant());
            limits.cleared(account.email());
            sessions.endAllOf(account.id(), currentSessionId);
            mail.passwordChanged(account);
        });
        return changed;
    }
}
