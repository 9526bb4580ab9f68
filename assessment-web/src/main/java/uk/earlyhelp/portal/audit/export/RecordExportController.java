package uk.earlyhelp.portal.audit.export;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.account.AccountTimeline;
import uk.earlyhelp.portal.audit.child.ChildTimeline;
import uk.earlyhelp.portal.audit.timeline.EventRows;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * Downloads a child record's or an account's whole timeline as CSV or JSON, in the assessment export's format
 * ({@link TimelineFiles}); recorded in the access log, {@code Cache-Control: no-store}.
 */
@Controller
class RecordExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ChildTimeline children;
    private final AccountTimeline accounts;
    private final AccountFileRows accountRows;
    private final StoredEvents stored;
    private final TimelineFiles files;
    private final AccessLog accessLog;

    RecordExportController(ChildTimeline children, AccountTimeline accounts,
                           AccountFileRows accountRows, StoredEvents stored, TimelineFiles files, AccessLog accessLog) {
        this.children = children;
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.stored = stored;
        this.files = files;
        this.accessLog = accessLog;
    }

    @GetMapping(AuditPaths.CHILD_CSV)
    ResponseEntity<byte[]> childCsv(@PathVariable String childId, @AuthenticationPrincipal PortalUser user) {
        EventRows.Merged merged = children.of(childId);
        accessLog.record(user.id(), "CHILD_EXPORT_CSV", childId);
        return TimelineExportController.file(CSV, childId + "-history.csv",
                files.csv(merged.rows(), stored.of(merged.events())));
    }

    @GetMapping(AuditPaths.CHILD_JSON)
    ResponseEntity<byte[]> childJson(@PathVariable String childId, @AuthenticationPrincipal PortalUser user) {
        EventRows.Merged merged = children.of(childId);
        accessLog.record(user.id(), "CHILD_EXPORT_JSON", childId);
        return TimelineExportController.file(MediaType.APPLICATION_JSON, childId + "-history.json",
                files.json(merged.rows(), stored.of(merged.events())));
    }

    @GetMapping(AuditPaths.ACCOUNT_CSV)
    ResponseEntity<byte[]> accountCsv(@PathVariable String accountId, @AuthenticationPrincipal PortalUser user) {
        AccountFileRows.Rows rows = accountRows.of(accounts.of(accountId));
        accessLog.record(user.id(), "ACCOUNT_EXPORT_CSV", accountId);
        return TimelineExportController.file(CSV, accountId + "-history.csv", files.csv(rows.rows(), rows.stored()));
    }

    @GetMapping(AuditPaths.ACCOUNT_JSON)
    ResponseEntity<byte[]> accountJson(@PathVariable String accountId, @AuthenticationPrincipal PortalUser user) {
        AccountFileRows.Rows rows = accountRows.of(accounts.of(accountId));
        accessLog.record(user.id(), "ACCOUNT_EXPORT_JSON", accountId);
        return TimelineExportController.file(MediaType.APPLICATION_JSON, accountId + "-history.json",
                files.json(rows.rows(), rows.stored()));
    }
}
