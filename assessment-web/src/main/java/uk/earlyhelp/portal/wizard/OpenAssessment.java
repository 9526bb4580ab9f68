package uk.earlyhelp.portal.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.Answers;
import uk.earlyhelp.assessment.form.Completeness;
import uk.earlyhelp.assessment.form.FilledForm;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableIds;

/** An assessment its author has opened, with the version of the form it was started on. */
public record OpenAssessment(AssessmentView view, FormDefinition form) {

    /** The family table's column holding a member's name, which other answers show instead of member ids. */
    static final String MEMBER_NAME = "name";

    public String id() {
        return view.assessmentId();
    }

    public boolean finished() {
        return view.finished();
    }

    public FilledForm filled() {
        return view.filled();
    }

    public Completeness completeness() {
        return new Completeness(form, view.filled());
    }

    /** A section whose gate is closed (significant harm: yes): while it is, nothing else may change. */
    public Optional<SectionDefinition> closedGate() {
        Completeness completeness = completeness();
        return form.sections().stream().filter(completeness::stoppedAtGate).findFirst();
    }

    public SectionDefinition section(String sectionId) {
        return form.section(sectionId).orElseThrow(AssessmentNotFound::new);
    }

    public SectionDefinition sectionWithTable(String tableId) {
        return form.sectionWithTable(tableId).orElseThrow(AssessmentNotFound::new);
    }

    public Optional<SectionDefinition> next(SectionDefinition section) {
        int at = form.sections().indexOf(section);
        return at + 1 < form.sections().size() ? Optional.of(form.sections().get(at + 1)) : Optional.empty();
    }

    public Optional<SectionDefinition> previous(SectionDefinition section) {
        int at = form.sections().indexOf(section);
        return at > 0 ? Optional.of(form.sections().get(at - 1)) : Optional.empty();
    }

    public Optional<Row> row(String tableId, String rowId) {
        return filled().rows(tableId).stream().filter(r -> r.rowId().equals(rowId)).findFirst();
    }

    /** Family members' names by member id, in the order they were added. */
    public Map<String, String> familyMemberNames() {
        Map<String, String> names = new LinkedHashMap<>();
        List<Row> members = filled().rows(TableIds.FAMILY_MEMBERS);
        for (Row member : members) {
            String name = Answers.first(member.values(), MEMBER_NAME);
            names.put(member.rowId(), name == null ? member.rowId() : name);
        }
        return names;
    }
}
