package uk.earlyhelp.portal.account.mail;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.mail.MailProperties;
import uk.earlyhelp.portal.mail.Mailer;

/**
 * One method per email an account's life sends. Subjects and texts are messages.properties' {@code mail.*} keys;
 * links are absolute, from the configured base URL. No email ever carries a password.
 */
@Component
public class AccountMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final MailProperties mail;
    private final AccountProperties accounts;

    AccountMail(Mailer mailer, MessageSource messages, MailProperties mail, AccountProperties accounts) {
        this.mailer = mailer;
        this.messages = messages;
        this.mail = mail;
        this.accounts = accounts;
    }

    public void confirmEmail(Account account, String token) {
        // To an address nobody has confirmed yet: whatever name was typed stays out of it (ADR 0016), so no stranger
        // can put words of their own into a portal email to someone else's address.
        send(account.email(), "mail.confirm", null, mail.link("/create-account/confirm/" + token),
                accounts.confirmationLinkValidity().toHours());
    }

    /** Someone asked for an account with an address that has one: tell its owner, and nobody else. */
    public void alreadyRegistered(Account account) {
        send(account.email(), "mail.alreadyRegistered", account.displayName(), mail.link("/sign-in"),
                mail.link("/password-reset"));
    }

    public void waitingForApproval(Account account) {
        send(account.email(), "mail.waiting", account.displayName(), account.locality());
    }

    public void newRequest(Account coordinator, Account requester) {
        send(coordinator.email(), "mail.newRequest", coordinator.displayName(), requester.locality(),
                mail.link("/coordinator/requests"));
    }

    public void approved(Account account) {
        send(account.email(), "mail.approved", account.displayName(), mail.link("/sign-in"));
    }

    public void rejected(Account account, String reason) {
        send(account.email(), "mail.rejected", account.displayName(), reason, account.locality());
    }

    /** A new staff account: the link to set its first password. */
    public void setPassword(Account account, String token) {
        String role = messages.getMessage("role." + account.role().name(), null, Locale.UK);
        send(account.email(), "mail.setPassword", account.displayName(), mail.link("/set-password/" + token),
                accounts.setPasswordLinkValidity().toHours(), role, account.email());
    }

    public void reactivated(Account account) {
        send(account.email(), "mail.reactivated", account.displayName(), mail.link("/sign-in"),
                mail.link("/password-reset"));
    }

    /** A linked login long unused: it expires on that day unless its holder signs in. Nothing about any child. */
    public void expiryWarning(Account account, String expiresOn, long unusedDays) {
        send(account.email(), "mail.expiryWarning", account.displayName(), expiresOn, unusedDays,
                mail.link("/sign-in"));
    }

    /** A linked login expired: its links ended, and its locality's coordinator can reactivate it. */
    public void expired(Account account, long unusedDays) {
        send(account.email(), "mail.expired", account.displayName(), unusedDays, account.locality());
    }

    public void resetPassword(Account account, String token) {
        send(account.email(), "mail.reset", account.displayName(), mail.link("/password-reset/" + token),
                accounts.resetLinkValidity().toMinutes());
    }

    public void passwordChanged(Account account) {
        send(account.email(), "mail.passwordChanged", account.displayName(), mail.link("/password-reset"));
    }

    /** The one-time code for signing in without an authenticator app (account.secondfactor). No name, no link. */
    public void signInCode(Account account, String code, long validMinutes) {
        send(account.email(), "mail.signInCode", code, validMinutes, mail.link("/password-reset"));
    }

    private void send(String to, String key, Object... arguments) {
        String subject = messages.getMessage(key + ".subject", arguments, Locale.UK);
        String body = messages.getMessage(key + ".body", arguments, Locale.UK);
        mailer.send(to, subject, body);
    }
}
