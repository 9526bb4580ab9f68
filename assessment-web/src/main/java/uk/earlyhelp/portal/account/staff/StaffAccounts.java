package uk.earlyhelp.portal.account.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.invitation.Invitations;
import uk.earlyhelp.portal.account.token.OneTimeTokens;
import uk.earlyhelp.portal.account.token.TokenPurpose;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.portal.security.SignedInSessions;

/**
 * What an administrator does to staff accounts. Each step is recorded in the account's history with the
 * administrator as its actor. Removing keeps at least one administrator who can sign in, always.
 */
@Component
class StaffAccounts {

    enum Removal { REMOVED, LAST_ADMINISTRATOR }

    private final Accounts accounts;
    private final AccountHistory history;
    private final Invitations invitations;
    private final OneTimeTokens tokens;
    private final SignedInSessions sessions;
    private final PasswordEncoder encoder;
    private final MessageSource messages;
    private final Clock clock;

    StaffAccounts(Accounts accounts, AccountHistory history, Invitations invitations, OneTimeTokens tokens,
                  SignedInSessions sessions, PasswordEncoder encoder, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.invitations = invitations;
        this.tokens = tokens;
        this.sessions = sessions;
        this.encoder = encoder;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Account> all() {
        return accounts.findByRoleInOrderByLastNameAscFirstNameAsc(StaffAccountForm.STAFF_ROLES);
    }

    /** A staff account this page may act on: not a practitioner's, and not removed. */
    @Transactional(readOnly = true)
    Optional<Account> find(String id) {
        return accounts.findById(id).filter(account -> StaffAccountForm.STAFF_ROLES.contains(account.role()))
                .filter(account -> account.status() != AccountStatus.REMOVED);
    }

    /** A staff account whose history an administrator may read: removed ones too, as removal is part of it. */
    @Transactional(readOnly = true)
    Optional<Account> findWithHistory(String id) {
        return accounts.findById(id).filter(account -> StaffAccountForm.STAFF_ROLES.contains(account.role()));
    }

    boolean addressInUse(String email) {
        return accounts.findByEmail(email).isPresent();
    }

    /** The new account cannot sign in until its holder sets a password from the link emailed now. */
    @Transactional
    Account add(PortalUser administrator, AccountDetails details, Role role) {
        Account account = accounts.save(Account.invited(details, role, encoder.encode(UUID.randomUUID().toString()),
                clock.instant()));
        history.record(account, AccountChange.INVITED, administrator.id(), roleAndLocality(account), clock.instant());
        invitations.send(account);
        return account;
    }

    /** A new link for an account whose holder has not set a password yet; the older link stops working. */
    @Transactional
    Optional<Account> sendNewLink(PortalUser administrator, String id) {
        Optional<Account> invited = find(id).filter(account -> account.status() == AccountStatus.INVITED);
        invited.ifPresent(account -> {
            history.record(account, AccountChange.INVITATION_RENEWED, administrator.id(), clock.instant());
            invitations.send(account);
        });
        return invited;
    }

    @Transactional
    Optional<Removal> remove(PortalUser administrator, String id) {
        return find(id).map(account -> {
            if (account.role() == Role.ADMIN && account.status() == AccountStatus.APPROVED
                    && accounts.lockByRoleAndStatus(Role.ADMIN, AccountStatus.APPROVED).size() <= 1) {
                return Removal.LAST_ADMINISTRATOR;
            }
            account.remove();
            history.record(account, AccountChange.REMOVED, administrator.id(), clock.instant());
            tokens.revokeAll(account.id(), TokenPurpose.SET_PASSWORD);
            tokens.revokeAll(account.id(), TokenPurpose.RESET_PASSWORD);
            sessions.endAllOf(account.id(), null);
            return Removal.REMOVED;
        });
    }

    /** e.g. "Early Help coordinator, North": what the administrator chose, for the history's detail column. */
    private String roleAndLocality(Account account) {
        String role = messages.getMessage("role." + account.role().name(), null, Locale.UK);
        return account.locality() == null ? role : role + ", " + account.locality();
    }
}
