package uk.earlyhelp.portal.account.history;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountNotFound;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.expiry.ExpiryDates;
import uk.earlyhelp.portal.security.PortalUser;

/** A coordinator's list of their locality's accounts, and each one's history, oldest step first. */
@Controller
class AccountHistoryController {

    static final String ACCOUNTS = "/coordinator/accounts";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Accounts accounts;
    private final AccountHistory history;
    private final ExpiryDates expiryDates;
    private final Clock clock;

    AccountHistoryController(Accounts accounts, AccountHistory history, ExpiryDates expiryDates, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.expiryDates = expiryDates;
        this.clock = clock;
    }

    @GetMapping(ACCOUNTS)
    @Transactional(readOnly = true)
    String accounts(@AuthenticationPrincipal PortalUser coordinator, Model model) {
        model.addAttribute("locality", coordinator.getLocality());
        model.addAttribute("accounts", accounts.findByLocalityOrderByLastNameAscFirstNameAsc(coordinator.getLocality()));
        return "pages/coordinator/accounts";
    }

    @GetMapping(ACCOUNTS + "/{id}")
    @Transactional(readOnly = true)
    String history(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator, Model model) {
        Account account = accounts.findById(id)
                .filter(found -> coordinator.getLocality().equals(found.locality()))
                .orElseThrow(AccountNotFound::new);
        model.addAttribute("account", account);
        model.addAttribute("expiresOn", expiryDates.expiresOn(account).map(DAY::format).orElse(null));
        model.addAttribute("history", history.findByAccountIdOrderByHappenedAtAscIdAsc(id).stream()
                .map(entry -> HistoryRow.of(entry, clock.getZone(), accounts)).toList());
        return "pages/coordinator/account-history";
    }
}
