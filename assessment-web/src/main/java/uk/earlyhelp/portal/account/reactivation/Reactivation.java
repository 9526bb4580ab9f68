package uk.earlyhelp.portal.account.reactivation;

import java.time.Clock;
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
 * Reactivating an expired account. As with requests, a coordinator acts only on their own locality: any other
 * account, or one that is not expired, is not there for them, and nothing changes.
 */
@Component
class Reactivation {

    private final Accounts accounts;
    private final AccountHistory history;
    private final AccountMail mail;
    private final Clock clock;

    Reactivation(Accounts accounts, AccountHistory history, AccountMail mail, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    Optional<Account> reactivate(PortalUser coordinator, String accountId) {
        Optional<Account> reactivated = accounts.findById(accountId)
                .filter(account -> account.status() == AccountStatus.EXPIRED)
                .filter(account -> coordinator.getLocality().equals(account.locality()));
        reactivated.ifPresent(account -> {
            account.reactivate(clock.instant());
            history.record(account, AccountChange.REACTIVATED, coordinator.id(), clock.instant());
            mail.reactivated(account);
        });
        return reactivated;
    }
}
