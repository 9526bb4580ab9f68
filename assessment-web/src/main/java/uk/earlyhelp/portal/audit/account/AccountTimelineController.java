package uk.earlyhelp.portal.audit.account;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.history.HistoryRow;
import uk.earlyhelp.portal.audit.AuditNotFound;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * An account's timeline for auditors: the account history the portal already keeps (append-only), for any account of
 * any role, removed ones included, in the same table the coordinators' and administrators' pages show.
 */
@Controller
class AccountTimelineController {

    private final Accounts accounts;
    private final AccountHistory history;
    private final AccessLog accessLog;
    private final Clock clock;

    AccountTimelineController(Accounts accounts, AccountHistory history, AccessLog accessLog, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping(AuditPaths.ACCOUNT)
    String timeline(@PathVariable String accountId, @AuthenticationPrincipal PortalUser user, Model model) {
        Account account = accounts.findById(accountId).orElseThrow(AuditNotFound::new);
        accessLog.record(user.id(), "ACCOUNT_TIMELINE", accountId);
        model.addAttribute("account", account);
        model.addAttribute("history", history.findByAccountIdOrderByHappenedAtAscIdAsc(accountId).stream()
                .map(entry -> HistoryRow.of(entry, clock.getZone(), accounts)).toList());
        return "pages/audit/account";
    }
}
