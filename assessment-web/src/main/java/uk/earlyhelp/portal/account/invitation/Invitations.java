package uk.earlyhelp.portal.account.invitation;

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

/**
 * The link an invited staff account's holder sets their first password with: the one-time tokens of the reset flow,
 * for their own purpose, valid for {@code portal.accounts.set-password-link-validity}. The password follows the same
 * policy as any other.
 */
@Component
public class Invitations {

    private final Accounts accounts;
    private final AccountHistory history;
    private final OneTimeTokens tokens;
    private final AccountMail mail;
    private final PasswordEncoder encoder;
    private final SignInLimits limits;
    private final AccountProperties properties;
    private final Clock clock;

    Invitations(Accounts accounts, AccountHistory history, OneTimeTokens tokens, AccountMail mail,
                PasswordEncoder encoder, SignInLimits limits, AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.tokens = tokens;
        this.mail = mail;
        this.encoder = encoder;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    /** Emails a new link to an invited account; any older one stops working. */
    @Transactional
    public void send(Account invited) {
        if (invited.status() != AccountStatus.INVITED) {
            throw new IllegalStateException("Account " + invited.id() + " is " + invited.status() + ", not INVITED");
        }
        mail.setPassword(invited, tokens.issue(invited.id(), TokenPurpose.SET_PASSWORD,
                properties.setPasswordLinkValidity()));
    }

    /** Whether the account's last link still works (unused and in time). */
    public boolean linkStillWorks(Account invited) {
        return tokens.anyUsable(invited.id(), TokenPurpose.SET_PASSWORD);
    }

    /** The account a link would open (it stays usable), if it still works. */
    @Transactional(readOnly = true)
    Optional<Account> opens(String token) {
        return tokens.peek(token, TokenPurpose.SET_PASSWORD).flatMap(accounts::findById)
                .filter(account -> account.status() == AccountStatus.INVITED);
    }

    /** Uses the link: the account signs in with this password from now on. Empty if the link does not work. */
    @Transactional
    Optional<Account> setPassword(String token, String password) {
        Optional<Account> set = tokens.redeem(token, TokenPurpose.SET_PASSWORD).flatMap(accounts::findById)
                .filter(account -> account.status() == AccountStatus.INVITED);
        set.ifPresent(account -> {
            account.setFirstPassword(encoder.encode(password));
            history.record(account, AccountChange.PASSWORD_SET, Actors.SELF, clock.instant());
            // Failed tries at signing in before the password existed must not hold the new holder back.
            limits.cleared(account.email());
        });
        return set;
    }
}
