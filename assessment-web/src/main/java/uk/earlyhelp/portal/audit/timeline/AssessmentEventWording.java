package uk.earlyhelp.portal.audit.timeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.assessment.form.Answers;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.assessment.form.TableIds;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * Says what each assessment event did, from the assessment as it stood just before and just after it (both rebuilt
 * by the aggregate's own handlers), so a change is told against what it replaced. Every event type has its words;
 * a type added later without them is shown by its name rather than left out. (Java 17: no pattern switch.)
 */
@Component
class AssessmentEventWording {

    private final WizardMessages messages;
    private final AnswerChanges changes;

    AssessmentEventWording(WizardMessages messages, AnswerChanges changes) {
        this.messages = messages;
        this.changes = changes;
    }

    /** @param before the assessment before this event; null for the first */
    Wording of(Object event, OpenAssessment before, OpenAssessment after) {
        if (event instanceof AssessmentStarted started) {
            return Wording.of(messages.text("audit.event.started", after.form().title(), started.formVersion()));
        } else if (event instanceof SectionSaved saved) {
            return section(saved.sectionId(), before, after);
        } else if (event instanceof SignificantHarmIndicated harm) {
            return Wording.of(messages.text("audit.event.significantHarm", after.section(harm.sectionId()).title()));
        } else if (event instanceof FamilyMemberAdded added) {
            return added(TableIds.FAMILY_MEMBERS, added.memberId(), after);
        } else if (event instanceof FamilyMemberChanged changed) {
            return changed(TableIds.FAMILY_MEMBERS, changed.memberId(), before, after);
        } else if (event instanceof FamilyMemberRemoved removed) {
            return removed(TableIds.FAMILY_MEMBERS, removed.memberId(), before);
        } else if (event instanceof InvolvedProfessionalAdded added) {
            return added(TableIds.INVOLVED_PROFESSIONALS, added.professionalId(), after);
        } else if (event instanceof InvolvedProfessionalChanged changed) {
            return changed(TableIds.INVOLVED_PROFESSIONALS, changed.professionalId(), before, after);
        } else if (event instanceof InvolvedProfessionalRemoved removed) {
            return removed(TableIds.INVOLVED_PROFESSIONALS, removed.professionalId(), before);
        } else if (event instanceof ActionPlanRowAdded added) {
            return added(TableIds.ACTION_PLAN, added.rowId(), after);
        } else if (event instanceof ActionPlanRowChanged changed) {
            return changed(TableIds.ACTION_PLAN, changed.rowId(), before, after);
        } else if (event instanceof ActionPlanRowRemoved removed) {
            return removed(TableIds.ACTION_PLAN, removed.rowId(), before);
        }
        return outcome(event);
    }

    // What happened to the assessment as a whole: submitted, deleted, and its delivery into Mosaic.
    private Wording outcome(Object event) {
        if (event instanceof AssessmentFinished) {
            return Wording.of(messages.text("audit.event.finished"));
        } else if (event instanceof AssessmentDeleted deleted) {
            return Wording.of(messages.text(deleted.reason() == DeletionReason.UNTOUCHED_DRAFT_RETENTION
                    ? "audit.event.deleted.retention" : "audit.event.deleted"));
        } else if (event instanceof DeliveredToMosaic delivered) {
            return Wording.of(messages.text("audit.event.delivered", delivered.mosaicReference()));
        } else if (event instanceof MosaicDeliveryFailed failed) {
            return Wording.of(messages.text(failed.retrying() ? "audit.event.deliveryFailed.retrying"
                    : "audit.event.deliveryFailed.parked", failed.reason()));
        }
        return Wording.of(messages.text("audit.event.other", event.getClass().getSimpleName()));
    }

    private Wording section(String sectionId, OpenAssessment before, OpenAssessment after) {
        SectionDefinition section = after.section(sectionId);
        return new Wording(messages.text("audit.event.sectionSaved", section.title()), changes.between(section.fields(),
                before.filled().answers(sectionId), before, after.filled().answers(sectionId), after));
    }

    private Wording added(String tableId, String rowId, OpenAssessment after) {
        TableDefinition table = after.sectionWithTable(tableId).table();
        Map<String, List<String>> values = row(after, tableId, rowId).orElseThrow().values();
        return new Wording(messages.text("audit.event.rowAdded", table.rowName(), name(values)),
                changes.values(table.columns(), values, after));
    }

    private Wording changed(String tableId, String rowId, OpenAssessment before, OpenAssessment after) {
        TableDefinition table = after.sectionWithTable(tableId).table();
        Map<String, List<String>> was = row(before, tableId, rowId).orElseThrow().values();
        Map<String, List<String>> is = row(after, tableId, rowId).orElseThrow().values();
        return new Wording(messages.text("audit.event.rowChanged", table.rowName(), name(is)),
                changes.between(table.columns(), was, before, is, after));
    }

    private Wording removed(String tableId, String rowId, OpenAssessment before) {
        TableDefinition table = before.sectionWithTable(tableId).table();
        Map<String, List<String>> was = row(before, tableId, rowId).orElseThrow().values();
        return new Wording(messages.text("audit.event.rowRemoved", table.rowName(), name(was)),
                changes.values(table.columns(), was, before));
    }

    private static Optional<Row> row(OpenAssessment in, String tableId, String rowId) {
        return in.row(tableId, rowId);
    }

    // A family member or professional by name; an action has none, and is told by its answers below.
    private static String name(Map<String, List<String>> values) {
        String name = Answers.first(values, "name");
        return name == null ? "" : name.strip();
    }
}
