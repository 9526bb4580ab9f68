package uk.earlyhelp.portal.relationship.familymember;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.Answers;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.assessment.form.Option;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.TableIds;
import uk.earlyhelp.portal.locality.LocalityAssessments;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.relationship.api.ChildDetails;

/**
 * The submitted assessments a coordinator may take family members from: those whose author belongs to the
 * coordinator's locality. Drafts, other localities' assessments and unknown references are all simply not found.
 */
@Component
class SubmittedAssessments {

    /** A family member as the coordinator chooses from. */
    record Member(String memberId, String name, String dateOfBirth, String relationship) {
    }

    private final LocalityAssessments locality;
    private final FormDefinitions forms;

    SubmittedAssessments(LocalityAssessments locality, FormDefinitions forms) {
        this.locality = locality;
        this.forms = forms;
    }

    Optional<AssessmentView> open(String reference, PortalUser coordinator) {
        return locality.open(reference, coordinator).map(OpenAssessment::view);
    }

    /** The members, their relationship shown by its label in the assessment's own form version. */
    List<Member> members(AssessmentView view) {
        List<Option> relationships = forms.version(view.formId(), view.formVersion())
                .map(form -> form.options("relationship")).orElse(List.of());
        return view.filled().rows(TableIds.FAMILY_MEMBERS).stream().map(row -> {
            String code = value(row, "relationship");
            String label = relationships.stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst()
                    .orElse(code);
            return new Member(row.rowId(), value(row, "name"), value(row, "dateOfBirth"), label);
        }).toList();
    }

    /** What the record starts with: the member's name split at its last space, date of birth, involved workers. */
    static Optional<ChildDetails> details(AssessmentView view, String memberId) {
        return view.filled().rows(TableIds.FAMILY_MEMBERS).stream().filter(row -> row.rowId().equals(memberId))
                .findFirst().map(member -> {
                    String name = value(member, "name");
                    int space = name.lastIndexOf(' ');
                    String first = space < 0 ? name : name.substring(0, space);
                    String last = space < 0 ? "" : name.substring(space + 1);
                    return new ChildDetails(first, last, value(member, "dateOfBirth"), "", "", "", "",
                            involvedWorkers(view));
                });
    }

    /** The assessment's "other professionals involved", one per line: role, name, agency, contact. */
    private static String involvedWorkers(AssessmentView view) {
        return view.filled().rows(TableIds.INVOLVED_PROFESSIONALS).stream()
                .map(row -> Stream.of("role", "name", "agency", "contact").map(column -> value(row, column))
                        .filter(v -> !v.isBlank()).collect(Collectors.joining(", ")))
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static String value(Row row, String column) {
        String value = Answers.first(row.values(), column);
        return value == null ? "" : value.strip();
    }
}
