package uk.earlyhelp.portal.account.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.mail.AccountMail;
import uk.earlyhelp.portal.account.token.OneTimeTokens;
import uk.earlyhelp.portal.account.token.TokenPurpose;
import uk.earlyhelp.portal.security.Role;

/**
 * Asking for an account, and confirming its email address. Whoever asks sees the same page whether or not the
 * address has an account already; what differs is only the email its owner gets.
 */
@Component
class Registration {

    private final Accounts accounts;
    private final AccountHistory history;
    private final OneTimeTokens tokens;
    private final AccountMail mail;
    private final PasswordEncoder encoder;
    private final AccountProperties properties;
    private final Clock clock;

    Registration(Accounts accounts, AccountHistory history, OneTimeTokens tokens, AccountMail mail,
                 PasswordEncoder encoder, AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.tokens = tokens;
        this.mail = mail;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void request(AccountDetails details, String password) {
        // Hashed whatever happens next, so that a known address takes as long as a new one.
        String hash = encoder.encode(password);
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByEmail(details.email());
        if (existing.isEmpty()) {
            Account account = accounts.save(Account.requested(details, hash, now));
            history.record(account, AccountChange.REQUESTED, Actors.SELF, now);
            sendConfirmation(account);
        } else if (existing.get().status() == AccountStatus.REQUESTED) {
            // Not confirmed yet: only the mailbox's owner can confirm, so the latest request is the one that counts.
            Account account = existing.get();
            account.replaceRequest(details, hash, now);
            history.record(account, AccountChange.REQUEST_REPLACED, Actors.SELF, now);
            sendConfirmation(account);
        } else {
            mail.alreadyRegistered(existing.get());
        }
    }

    private void sendConfirmation(Account account) {
        String token = tokens.issue(account.id(), TokenPurpose.CONFIRM_EMAIL, properties.confirmationLinkValidity());
        mail.confirmEmail(account, token);
    }

    /** Whether the link would still confirm an address (it is not used by looking). */
    boolean confirmable(String token) {
        return tokens.peek(token, TokenPurpose.CONFIRM_EMAIL).isPresent();
    }

    /** Uses the link: the account now waits for its locality's coordinator. Empty if the link does not work. */
    @Transactional
    Optional<Account> confirm(String token) {
        Optional<Account> confirmed = tokens.redeem(token, TokenPurpose.CONFIRM_EMAIL).flatMap(accounts::findById)
                .filter(account -> account.status() == AccountStatus.REQUESTED);
        confirmed.ifPresent(account -> {
            account.confirmEmail();
            history.record(account, AccountChange.EMAIL_CONFIRMED, Actors.SELF, clock.instant());
            mail.waitingForApproval(account);
            accounts.findByRoleAndLocalityAndStatus(Role.COORDINATOR, account.locality(), AccountStatus.APPROVED)
                    .forEach(coordinator -> mail.newRequest(coordinator, account));
        });
        return confirmed;
    }
}
