package uk.earlyhelp.portal.audit.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.audit.timeline.TimelineRow;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * Downloads an assessment's whole timeline as CSV or JSON. Recorded in the access log like any page; never kept by the
 * browser or anything between ({@code Cache-Control: no-store}): it is a family's record.
 */
@Controller
class TimelineExportController {

    private final AssessmentTimeline timeline;
    private final StoredEvents stored;
    private final TimelineFiles files;
    private final AccessLog accessLog;

    TimelineExportController(AssessmentTimeline timeline, StoredEvents stored, TimelineFiles files, AccessLog accessLog) {
        this.timeline = timeline;
        this.stored = stored;
        this.files = files;
        this.accessLog = accessLog;
    }

    @GetMapping(AuditPaths.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String assessmentId, @AuthenticationPrincipal PortalUser user) {
        List<TimelineRow> rows = rows(assessmentId);
        accessLog.recordRead(user.id(), "ASSESSMENT_EXPORT_CSV", assessmentId, null);
        return file(new MediaType("text", "csv", StandardCharsets.UTF_8), assessmentId + "-history.csv",
                files.csv(rows, stored.of(assessmentId)));
    }

    @GetMapping(AuditPaths.JSON)
    ResponseEntity<byte[]> json(@PathVariable String assessmentId, @AuthenticationPrincipal PortalUser user) {
        List<TimelineRow> rows = rows(assessmentId);
        accessLog.recordRead(user.id(), "ASSESSMENT_EXPORT_JSON", assessmentId, null);
        return file(MediaType.APPLICATION_JSON, assessmentId + "-history.json", files.json(rows, stored.of(assessmentId)));
    }

    private List<TimelineRow> rows(String assessmentId) {
        List<DomainEventMessage<?>> events = timeline.events(assessmentId);
        return timeline.rows(events, 1, events.size());
    }

    static ResponseEntity<byte[]> file(MediaType type, String name, String content) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content.getBytes(StandardCharsets.UTF_8));
    }
}
