package uk.earlyhelp.portal.account.staff;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.AccountNotFound;
import uk.earlyhelp.portal.account.history.HistoryRow;

/**
 * A staff account's history for administrators: who invited it, when its password was set, who removed it. A
 * practitioner's history is their locality coordinator's page, so a practitioner's id here is not found.
 */
@Controller
class StaffAccountHistoryController {

    private final StaffAccounts staff;
    private final AccountHistory history;
    private final Accounts accounts;
    private final Clock clock;

    StaffAccountHistoryController(StaffAccounts staff, AccountHistory history, Accounts accounts, Clock clock) {
        this.staff = staff;
        this.accounts = accounts;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping(StaffAccountsController.ONE + "/history")
    @Transactional(readOnly = true)
    String history(@PathVariable String id, Model model) {
        model.addAttribute("account", staff.findWithHistory(id).orElseThrow(AccountNotFound::new));
        model.addAttribute("history", history.findByAccountIdOrderByHappenedAtAscIdAsc(id).stream()
                .map(entry -> HistoryRow.of(entry, clock.getZone(), accounts)).toList());
        return "pages/admin/account-history";
    }
}
