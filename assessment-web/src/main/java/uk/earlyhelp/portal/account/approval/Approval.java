package uk.earlyhelp.portal.account.approval;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.mail.AccountMail;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * A coordinator decides the confirmed requests of their own locality, and only those: any other request is,
 * to them, not there at all (the page answers "not found", and nothing changes).
 */
@Component
class Approval {

    private final Accounts accounts;
    private final AccountHistory history;
    private final AccountMail mail;
    private final Clock clock;

    Approval(Accounts accounts, AccountHistory history, AccountMail mail, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Account> queue(PortalUser coordinator) {
        return accounts.findByLocalityAndStatusOrderByRequestedAtAsc(coordinator.getLocality(), AccountStatus.CONFIRMED);
    }

    /** A request this coordinator may decide, if there is one with that id. */
    @Transactional(readOnly = true)
    Optional<Account> request(PortalUser coordinator, String accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.status() == AccountStatus.CONFIRMED)
                .filter(account -> coordinator.getLocality().equals(account.locality()));
    }

    @Transactional
    Optional<Account> approve(PortalUser coordinator, String accountId) {
        Optional<Account> approved = request(coordinator, accountId);
        approved.ifPresent(account -> {
            account.approve(clock.instant());
            history.record(account, AccountChange.APPROVED, coordinator.id(), clock.instant());
            mail.approved(account);
        });
        return approved;
    }

    @Transactional
    Optional<Account> reject(PortalUser coordinator, String accountId, String reason) {
        Optional<Account> rejected = request(coordinator, accountId);
        rejected.ifPresent(account -> {
            account.reject();
            history.record(account, AccountChange.REJECTED, coordinator.id(), reason, clock.instant());
            mail.rejected(account, reason);
        });
        return rejected;
    }
}
