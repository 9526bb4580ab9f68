package uk.earlyhelp.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.assessment.form.*;

/**
 * One Early Help Assessment of a child and family, from the first save to its delivery into Mosaic.
 * Command handlers decide (and refuse with field-level messages); event sourcing handlers only assign.
 * Public only so the application can register it with Axon (the domain has no Spring to do that);
 * nothing outside may construct or call it.
 */
// Snapshots are serialized by Jackson, which must see the fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
// The snapshot's shape: Axon ignores snapshots of another revision and replays the events instead. Unannotated
// snapshots predate the delivery status, and one taken after a failed delivery would say "sending". Revision 2 predates
// the sections' versions and edits (ADR 0023): replaying rebuilds them.
@Revision("3")
public class Assessment {

    static final String SUBMITTED = "This assessment has been submitted and can no longer be changed";

    @AggregateIdentifier
    private String assessmentId;
    private String formId;
    private int formVersion;
    private String authorId;
    private Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
    private Map<String, Map<String, Map<String, List<String>>>> tables = new LinkedHashMap<>();
    // Per section: its version and its answers' latest changes, for merging saves from two pages (ADR 0023).
    private Map<String, SectionEdits> edits = new LinkedHashMap<>();
    private boolean finished;
    private String mosaicReference;
    // Null until finished; then where its delivery into Mosaic stands, as the events recorded it.
    private DeliveryStatus delivery;

    Assessment() {
        // for Axon and Jackson
    }

    @CommandHandler
    Assessment(StartAssessment command, FormDefinitions forms) {
        Ids.check("assessmentId", command.assessmentId());
        if (command.authorId() == null || command.authorId().isBlank()) {
            throw new AssessmentRefusedException("authorId", "An assessment needs an author");
        }
        FormDefinition form = forms.newest(command.formId())
                .orElseThrow(() -> new AssessmentRefusedException("formId", "There is no form called " + command.formId()));
        apply(new AssessmentStarted(command.assessmentId(), form.id(), form.version(), command.authorId()));
    }

    @CommandHandler
    SectionSaveOutcome handle(SaveSection command, FormDefinitions forms, Clock clock) {
        FormDefinition form = editableForm(forms);
        SectionDefinition section = form.section(command.sectionId()).filter(SectionDefinition::hasQuestions)
                .orElseThrow(() -> new AssessmentRefusedException("sectionId", "There is no such section to save"));
        Map<String, List<String>> stored = sections.getOrDefault(section.id(), Map.of());
        SectionMerge.Merged merged = SectionMerge.of(stored, Answers.normalise(command.answers()),
                edits.get(section.id()), command.basedOn(), command.page());
        Map<String, List<String>> answers = merged.answers();
        refuseIfStoppedAtGate(form, section.id());
        check(new AnswerCheck(form, today(clock), familyMemberIds()).problems(section.id(), section.fields(), answers));
        if (!answers.equals(stored)) { // nothing changed: no event, so autosave can fire freely
            boolean wasStopped = stoppedAtGate(form, section);
            apply(new SectionSaved(assessmentId, section.id(), answers), command.page() == null
                    ? MetaData.emptyInstance() : MetaData.with(SavedFromPage.METADATA_KEY, command.page()));
            if (!wasStopped && stoppedAtGate(form, section)) {
                apply(new SignificantHarmIndicated(assessmentId, section.id()));
            }
        }
        return new SectionSaveOutcome(sectionVersion(section.id()), merged.conflicts());
    }

    @CommandHandler
    void handle(AddFamilyMember command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.FAMILY_MEMBERS).add(command.memberId(), command.details(),
                details -> new FamilyMemberAdded(assessmentId, command.memberId(), details));
    }

    @CommandHandler
    void handle(ChangeFamilyMember command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.FAMILY_MEMBERS).change(command.memberId(), command.details(),
                details -> new FamilyMemberChanged(assessmentId, command.memberId(), details));
    }

    @CommandHandler
    void handle(RemoveFamilyMember command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.FAMILY_MEMBERS).remove(command.memberId(),
                () -> new FamilyMemberRemoved(assessmentId, command.memberId()));
    }

    @CommandHandler
    void handle(AddInvolvedProfessional command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.INVOLVED_PROFESSIONALS).add(command.professionalId(), command.details(),
                details -> new InvolvedProfessionalAdded(assessmentId, command.professionalId(), details));
    }

    @CommandHandler
    void handle(ChangeInvolvedProfessional command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.INVOLVED_PROFESSIONALS).change(command.professionalId(), command.details(),
                details -> new InvolvedProfessionalChanged(assessmentId, command.professionalId(), details));
    }

    @CommandHandler
    void handle(RemoveInvolvedProfessional command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.INVOLVED_PROFESSIONALS).remove(command.professionalId(),
                () -> new InvolvedProfessionalRemoved(assessmentId, command.professionalId()));
    }

    @CommandHandler
    void handle(AddActionPlanRow command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.ACTION_PLAN).add(command.rowId(), command.details(),
                details -> new ActionPlanRowAdded(assessmentId, command.rowId(), details));
    }

    @CommandHandler
    void handle(ChangeActionPlanRow command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.ACTION_PLAN).change(command.rowId(), command.details(),
                details -> new ActionPlanRowChanged(assessmentId, command.rowId(), details));
    }

    @CommandHandler
    void handle(RemoveActionPlanRow command, FormDefinitions forms, Clock clock) {
        rows(forms, clock, TableIds.ACTION_PLAN).remove(command.rowId(),
                () -> new ActionPlanRowRemoved(assessmentId, command.rowId()));
    }

    @CommandHandler
    void handle(FinishAssessment command, FormDefinitions forms, MetaData metaData) {
        if (finished) {
            return; // a second Finish (another tab, a double click) changes nothing
        }
        List<FieldError> missing = new Completeness(form(forms), filledForm()).missing();
        check(missing);
        apply(new AssessmentFinished(assessmentId, actingUser(metaData)));
    }

    @CommandHandler
    void handle(DeleteAssessment command, MetaData metaData) {
        if (finished) {
            throw new AssessmentRefusedException("assessmentId", "Submitted assessments cannot be deleted");
        }
        apply(new AssessmentDeleted(assessmentId, actingUser(metaData)));
    }

    /** The version check is Axon's (the command's target version); the rule that only drafts go is the same. */
    @CommandHandler
    void handle(DeleteUntouchedDraft command, MetaData metaData) {
        if (finished) {
            throw new AssessmentRefusedException("assessmentId", "Submitted assessments cannot be deleted");
        }
        apply(new AssessmentDeleted(assessmentId, actingUser(metaData), DeletionReason.UNTOUCHED_DRAFT_RETENTION));
    }

    @CommandHandler
    void handle(RecordMosaicDelivery command) {
        refuseUnlessFinished();
        if (command.mosaicReference() == null || command.mosaicReference().isBlank()) {
            throw new AssessmentRefusedException("mosaicReference", "A delivery needs Mosaic's reference");
        }
        if (command.mosaicReference().equals(mosaicReference)) {
            return; // the same delivery reported again (at-least-once delivery): nothing new
        }
        if (mosaicReference != null) {
            throw new AssessmentRefusedException("mosaicReference",
                    "This assessment is already in Mosaic under another reference");
        }
        apply(new DeliveredToMosaic(assessmentId, command.mosaicReference()));
    }

    @CommandHandler
    void handle(RecordMosaicDeliveryFailure command) {
        refuseUnlessFinished();
        if (command.reason() == null || command.reason().isBlank()) {
            throw new AssessmentRefusedException("reason", "A failed delivery needs a reason");
        }
        if (mosaicReference != null) {
            return; // a late failure report for an attempt that was overtaken by a success
        }
        if (DeliveryStatus.afterFailure(command.retrying()) == delivery) {
            // Still retrying, or still parked (an administrator's retry failed again), or the same report twice:
            // nothing new for the history, and no second "needs attention" email for the same parking.
            return;
        }
        apply(new MosaicDeliveryFailed(assessmentId, command.reason(), command.retrying()));
    }

    // ---- event sourcing handlers: assignment only ----

    @EventSourcingHandler
    void on(AssessmentStarted event) {
        assessmentId = event.assessmentId();
        formId = event.formId();
        formVersion = event.formVersion();
        authorId = event.authorId();
    }

    @EventSourcingHandler
    void on(SectionSaved event, MetaData metaData) {
        Map<String, List<String>> before = sections.getOrDefault(event.sectionId(), Map.of());
        Object page = metaData.get(SavedFromPage.METADATA_KEY);
        edits.computeIfAbsent(event.sectionId(), id -> new SectionEdits())
                .saved(before, event.answers(), page == null ? null : page.toString());
        sections.put(event.sectionId(), event.answers());
    }

    @EventSourcingHandler
    void on(FamilyMemberAdded event) {
        table(TableIds.FAMILY_MEMBERS).put(event.memberId(), event.details());
    }

    @EventSourcingHandler
    void on(FamilyMemberChanged event) {
        table(TableIds.FAMILY_MEMBERS).put(event.memberId(), event.details());
    }

    @EventSourcingHandler
    void on(FamilyMemberRemoved event) {
        table(TableIds.FAMILY_MEMBERS).remove(event.memberId());
    }

    @EventSourcingHandler
    void on(InvolvedProfessionalAdded event) {
        table(TableIds.INVOLVED_PROFESSIONALS).put(event.professionalId(), event.details());
    }

    @EventSourcingHandler
    void on(InvolvedProfessionalChanged event) {
        table(TableIds.INVOLVED_PROFESSIONALS).put(event.professionalId(), event.details());
    }

    @EventSourcingHandler
    void on(InvolvedProfessionalRemoved event) {
        table(TableIds.INVOLVED_PROFESSIONALS).remove(event.professionalId());
    }

    @EventSourcingHandler
    void on(ActionPlanRowAdded event) {
        table(TableIds.ACTION_PLAN).put(event.rowId(), event.details());
    }

    @EventSourcingHandler
    void on(ActionPlanRowChanged event) {
        table(TableIds.ACTION_PLAN).put(event.rowId(), event.details());
    }

    @EventSourcingHandler
    void on(ActionPlanRowRemoved event) {
        table(TableIds.ACTION_PLAN).remove(event.rowId());
    }

    @EventSourcingHandler
    void on(AssessmentFinished event) {
        finished = true;
        delivery = DeliveryStatus.SENDING;
    }

    @EventSourcingHandler
    void on(AssessmentDeleted event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(DeliveredToMosaic event) {
        mosaicReference = event.mosaicReference();
        delivery = DeliveryStatus.RECEIVED;
    }

    @EventSourcingHandler
    void on(MosaicDeliveryFailed event) {
        delivery = DeliveryStatus.afterFailure(event.retrying());
    }

    // ---- shared rules ----

    /** What the aggregate holds, as one comparable value (tests compare live and rebuilt state). */
    AssessmentState state() {
        return new AssessmentState(assessmentId, formId, formVersion, authorId, filledForm(), finished, mosaicReference,
                delivery, new LinkedHashMap<>(edits));
    }

    private int sectionVersion(String sectionId) {
        SectionEdits section = edits.get(sectionId);
        return section == null ? 0 : section.version();
    }

    FilledForm filledForm() {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        tables.forEach((tableId, byRow) -> rows.put(tableId,
                byRow.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList()));
        return new FilledForm(sections, rows);
    }

    private TableRows rows(FormDefinitions forms, Clock clock, String tableId) {
        FormDefinition form = editableForm(forms);
        SectionDefinition section = form.sectionWithTable(tableId)
                .orElseThrow(() -> new AssessmentRefusedException(tableId, "This form has no such table"));
        refuseIfStoppedAtGate(form, section.id());
        return new TableRows(section.table(), tables.getOrDefault(tableId, Map.of()),
                new AnswerCheck(form, today(clock), familyMemberIds()), new Completeness(form, filledForm()));
    }

    private Map<String, Map<String, List<String>>> table(String tableId) {
        return tables.computeIfAbsent(tableId, id -> new LinkedHashMap<>());
    }

    private java.util.Set<String> familyMemberIds() {
        return tables.getOrDefault(TableIds.FAMILY_MEMBERS, Map.of()).keySet();
    }

    private FormDefinition editableForm(FormDefinitions forms) {
        if (finished) {
            throw new AssessmentRefusedException("assessmentId", SUBMITTED);
        }
        return form(forms);
    }

    private FormDefinition form(FormDefinitions forms) {
        return forms.version(formId, formVersion).orElseThrow(() -> new IllegalStateException(
                "Form " + formId + " version " + formVersion + " is no longer installed; it must stay while assessments use it"));
    }

    /** While any gate is closed (significant harm: yes) only the gated section itself may change. */
    private void refuseIfStoppedAtGate(FormDefinition form, String sectionBeingChanged) {
        for (SectionDefinition section : form.sections()) {
            if (!section.id().equals(sectionBeingChanged) && stoppedAtGate(form, section)) {
                throw new AssessmentRefusedException(section.id() + "." + section.gate().field(), section.gate().message());
            }
        }
    }

    private boolean stoppedAtGate(FormDefinition form, SectionDefinition section) {
        return new Completeness(form, filledForm()).stoppedAtGate(section);
    }

    private void refuseUnlessFinished() {
        if (!finished) {
            throw new AssessmentRefusedException("assessmentId", "Only a submitted assessment can be delivered to Mosaic");
        }
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new AssessmentRefusedException(errors);
        }
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    private static String actingUser(MetaData metaData) {
        return Objects.toString(metaData.get(ActingUser.METADATA_KEY), "unknown");
    }
}
