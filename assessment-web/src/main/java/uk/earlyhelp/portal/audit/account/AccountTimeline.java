package uk.earlyhelp.portal.audit.account;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.audit.AuditNotFound;
import uk.earlyhelp.portal.audit.link.LinkEventWording;
import uk.earlyhelp.portal.audit.link.LinkEvents;
import uk.earlyhelp.portal.audit.timeline.EventRows;
import uk.earlyhelp.portal.audit.timeline.Wording;

/**
 * An account's whole history: its own append-only history (registration, approval, lockouts, expiry, reactivation…)
 * and, for a practitioner, the events of their professional relationships from the store (each link requested,
 * granted, declined, withdrawn, ended). Removed accounts too.
 */
@Component
public class AccountTimeline {

    /** The account, its history oldest first, and its link events with their rows. */
    public record Timeline(Account account, List<AccountHistoryEntry> history, EventRows.Merged links) {
    }

    private final Accounts accounts;
    private final AccountHistory history;
    private final LinkEvents links;
    private final EventRows rows;
    private final LinkEventWording wording;

    AccountTimeline(Accounts accounts, AccountHistory history, LinkEvents links, EventRows rows,
                    LinkEventWording wording) {
        this.accounts = accounts;
        this.history = history;
        this.links = links;
        this.rows = rows;
        this.wording = wording;
    }

    /** @throws AuditNotFound if there is no account under the id */
    public Timeline of(String accountId) {
        Account account = accounts.findById(accountId).orElseThrow(AuditNotFound::new);
        return new Timeline(account, history.findByAccountIdOrderByHappenedAtAscIdAsc(accountId),
                rows.of(links.ofPractitioner(accountId), (payload, who) -> wording.of(payload, who)
                        .orElseGet(() -> Wording.of(payload.getClass().getSimpleName()))));
    }
}
