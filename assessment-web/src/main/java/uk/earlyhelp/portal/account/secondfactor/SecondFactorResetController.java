package uk.earlyhelp.portal.account.secondfactor;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountNotFound;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * An administrator resets an account's second factor (a lost phone and lost recovery codes): the enrolment and the
 * recovery codes are forgotten, the account enrols a new app at its next sign-in, and its history records who reset
 * it. Under /admin/**, so administrators' alone.
 */
@Controller
class SecondFactorResetController {

    private final Accounts accounts;
    private final SecondFactors factors;
    private final AccountHistory history;
    private final Clock clock;

    SecondFactorResetController(Accounts accounts, SecondFactors factors, AccountHistory history, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.history = history;
        this.clock = clock;
    }

    @PostMapping("/admin/accounts/{id}/second-factor/reset")
    String reset(@PathVariable String id, @AuthenticationPrincipal PortalUser administrator, RedirectAttributes redirect) {
        Account account = accounts.findById(id).orElseThrow(AccountNotFound::new);
        factors.reset(account.id());
        history.record(account, AccountChange.SECOND_FACTOR_RESET, administrator.id(), clock.instant());
        redirect.addFlashAttribute("secondFactorReset", account.displayName());
        return "redirect:/admin/accounts";
    }
}
