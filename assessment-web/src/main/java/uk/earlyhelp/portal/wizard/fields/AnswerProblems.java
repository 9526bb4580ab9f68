package uk.earlyhelp.portal.wizard.fields;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.AnswerCheck;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.TableIds;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * When a page cannot be sent at all (a date that is not a real date), the practitioner should
 * still hear about every other problem at once: the domain's own answer checks, run here on the
 * answers that could be read, so the messages are exactly those a command would have been refused with.
 */
@Component
public class AnswerProblems {

    private final Clock clock;

    AnswerProblems(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param wholeRow a table row must be complete to be saved, so its missing answers are problems too
     */
    public List<FieldError> all(OpenAssessment assessment, String prefix, List<FieldDefinition> fields, SectionForm form,
                                boolean wholeRow) {
        List<FieldError> problems = new ArrayList<>(form.problems());
        AnswerCheck check = new AnswerCheck(assessment.form(), LocalDate.now(clock),
                assessment.filled().rows(TableIds.FAMILY_MEMBERS).stream().map(Row::rowId).collect(Collectors.toSet()));
        List<FieldError> more = new ArrayList<>(check.problems(prefix, fields, form.answers()));
        if (wholeRow) more.addAll(assessment.completeness().missingAnswers(prefix, fields, form.answers()));
        more.stream().filter(extra -> problems.stream().noneMatch(p -> p.field().equals(extra.field()))).forEach(problems::add);
        problems.sort(Comparator.comparingInt(problem -> position(prefix, fields, problem)));
        return problems;
    }

    // The error summary lists problems in the order of the questions on the page.
    private static int position(String prefix, List<FieldDefinition> fields, FieldError problem) {
        for (int i = 0; i < fields.size(); i++) {
            if (problem.field().equals(prefix + "." + fields.get(i).id())) return i;
        }
        return fields.size();
    }
}
