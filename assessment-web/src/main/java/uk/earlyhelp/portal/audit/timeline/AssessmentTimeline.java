package uk.earlyhelp.portal.audit.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.AssessmentHistory;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * An assessment's timeline: its events from the store, each with when, who, what and the correlation id; and the
 * assessment as it stood after any of them, rebuilt from events 0..n by the domain ({@link AssessmentHistory}).
 */
@Component
public class AssessmentTimeline {

    static final String AGGREGATE_TYPE = "Assessment";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final StoredHistory store;
    private final FormDefinitions forms;
    private final ActorNames actors;
    private final AssessmentEventWording wording;
    private final Clock clock;

    AssessmentTimeline(StoredHistory store, FormDefinitions forms, ActorNames actors, AssessmentEventWording wording,
                       Clock clock) {
        this.store = store;
        this.forms = forms;
        this.actors = actors;
        this.wording = wording;
        this.clock = clock;
    }

    /** Every stored event of the assessment, from sequence 0. @throws uk.earlyhelp.portal.audit.AuditNotFound */
    public List<DomainEventMessage<?>> events(String assessmentId) {
        return store.of(AGGREGATE_TYPE, assessmentId);
    }

    /** The rows numbered {@code from} to {@code to} (from 1, both included) of these events. */
    public List<TimelineRow> rows(List<DomainEventMessage<?>> events, int from, int to) {
        List<AssessmentView> views = AssessmentHistory.afterEach(events.subList(0, to));
        Function<String, Actor> who = actors.cache();
        List<TimelineRow> rows = new ArrayList<>(to - from + 1);
        for (int number = from; number <= to; number++) {
            DomainEventMessage<?> event = events.get(number - 1);
            OpenAssessment after = open(views.get(number - 1));
            OpenAssessment before = number == 1 ? null : open(views.get(number - 2));
            rows.add(new TimelineRow(number, event.getSequenceNumber(), when(event.getTimestamp()),
                    who.apply(StoredHistory.metadata(event, ActingUser.METADATA_KEY)), wording.of(event.getPayload(), before, after),
                    StoredHistory.metadata(event, "correlationId"), AuditPaths.asAt(event.getAggregateIdentifier(), number)));
        }
        return rows;
    }

    /** The assessment right after event {@code number} (from 1) of these. */
    public OpenAssessment asAt(List<DomainEventMessage<?>> events, int number) {
        return open(AssessmentHistory.after(events, number));
    }

    public String when(Instant at) {
        return WHEN.format(at.atZone(clock.getZone()));
    }

    private OpenAssessment open(AssessmentView view) {
        FormDefinition form = forms.version(view.formId(), view.formVersion()).orElseThrow(() -> new IllegalStateException(
                "Form " + view.formId() + " version " + view.formVersion() + " is not installed"));
        return new OpenAssessment(view, form);
    }
}
