package uk.earlyhelp.portal.account;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * The accounts' lifecycle trail. A plain {@link Repository}, not a CRUD one: entries can be added and read, and
 * nothing here can change or delete one.
 */
public interface AccountHistory extends Repository<AccountHistoryEntry, Long> {

    AccountHistoryEntry save(AccountHistoryEntry entry);

    /** Oldest first, as it happened. */
    List<AccountHistoryEntry> findByAccountIdOrderByHappenedAtAscIdAsc(String accountId);

    default void record(Account account, AccountChange change, String actor, Instant at) {
        record(account, change, actor, null, at);
    }

    default void record(Account account, AccountChange change, String actor, String detail, Instant at) {
        save(new AccountHistoryEntry(account.id(), at, change, actor, detail));
    }
}
