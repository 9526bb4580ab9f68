package uk.earlyhelp.portal.audit.account;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.history.HistoryRow;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * An account's timeline for auditors ({@link AccountTimeline}): the account history in the same table the
 * coordinators' and administrators' pages show, then the practitioner's link events from the store.
 */
@Controller
class AccountTimelineController {

    private final AccountTimeline timeline;
    private final AccessLog accessLog;
    private final Accounts accounts;
    private final Clock clock;

    AccountTimelineController(AccountTimeline timeline, AccessLog accessLog, Accounts accounts, Clock clock) {
        this.timeline = timeline;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping(AuditPaths.ACCOUNT)
    String timeline(@PathVariable String accountId, @AuthenticationPrincipal PortalUser user, Model model) {
        AccountTimeline.Timeline found = timeline.of(accountId);
        accessLog.record(user.id(), "ACCOUNT_TIMELINE", accountId);
        model.addAttribute("account", found.account());
        model.addAttribute("history", found.history().stream()
                .map(entry -> HistoryRow.of(entry, clock.getZone(), accounts)).toList());
        model.addAttribute("linkRows", found.links().rows());
        model.addAttribute("csvHref", AuditPaths.accountCsv(accountId));
        model.addAttribute("jsonHref", AuditPaths.accountJson(accountId));
        return "pages/audit/account";
    }
}
