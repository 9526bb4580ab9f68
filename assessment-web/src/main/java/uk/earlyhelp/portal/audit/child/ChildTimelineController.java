package uk.earlyhelp.portal.audit.child;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.ActorNames;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.audit.timeline.StoredHistory;
import uk.earlyhelp.portal.audit.timeline.TimelineRow;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * A child record's timeline, from the Child aggregate's own events in the store: when it was recorded, each change
 * of its details, and each opening of the record, by whom. (Links to the child are events of each practitioner's
 * professional relationships, not of the child: they are not on this page yet.)
 */
@Controller
class ChildTimelineController {

    static final String AGGREGATE_TYPE = "Child";

    private final StoredHistory store;
    private final ChildEventWording wording;
    private final ActorNames actors;
    private final AssessmentTimeline times;
    private final AccessLog accessLog;

    ChildTimelineController(StoredHistory store, ChildEventWording wording, ActorNames actors, AssessmentTimeline times,
                            AccessLog accessLog) {
        this.store = store;
        this.wording = wording;
        this.actors = actors;
        this.times = times;
        this.accessLog = accessLog;
    }

    @GetMapping(AuditPaths.CHILD)
    String timeline(@PathVariable String childId, @AuthenticationPrincipal PortalUser user, Model model) {
        List<DomainEventMessage<?>> events = store.of(AGGREGATE_TYPE, childId);
        accessLog.record(user.id(), "CHILD_TIMELINE", childId);
        Function<String, Actor> who = actors.cache();
        List<TimelineRow> rows = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            rows.add(new TimelineRow((int) event.getSequenceNumber() + 1, event.getSequenceNumber(),
                    times.when(event.getTimestamp()), who.apply(StoredHistory.metadata(event, ActingUser.METADATA_KEY)),
                    wording.of(event.getPayload()), StoredHistory.metadata(event, "correlationId"), null));
        }
        model.addAttribute("childId", childId);
        model.addAttribute("rows", rows);
        return "pages/audit/child";
    }
}
