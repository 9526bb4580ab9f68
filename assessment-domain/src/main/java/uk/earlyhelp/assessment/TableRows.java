package uk.earlyhelp.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.AnswerCheck;
import uk.earlyhelp.assessment.form.Answers;
import uk.earlyhelp.assessment.form.Completeness;
import uk.earlyhelp.assessment.form.TableDefinition;

/**
 * The rules shared by every add-another table (family, professionals, actions): a row is checked
 * whole when added or changed, must exist to be changed or removed, and an unchanged row
 * appends no event. Decides only; the aggregate's event sourcing handlers change state.
 */
final class TableRows {

    private final TableDefinition table;
    private final Map<String, Map<String, List<String>>> rows;
    private final AnswerCheck answerCheck;
    private final Completeness completeness;

    TableRows(TableDefinition table, Map<String, Map<String, List<String>>> rows, AnswerCheck answerCheck,
              Completeness completeness) {
        this.table = table;
        this.rows = rows;
        this.answerCheck = answerCheck;
        this.completeness = completeness;
    }

    void add(String rowId, Map<String, List<String>> details, Function<Map<String, List<String>>, Object> event) {
        Ids.check(table.id() + ".rowId", rowId);
        if (rows.containsKey(rowId)) {
            throw new AssessmentRefusedException(table.id(), "This " + table.rowName() + " has already been added");
        }
        apply(event.apply(checked(details)));
    }

    void change(String rowId, Map<String, List<String>> details, Function<Map<String, List<String>>, Object> event) {
        Map<String, List<String>> current = existing(rowId);
        Map<String, List<String>> changed = checked(details);
        if (!changed.equals(current)) {
            apply(event.apply(changed));
        }
    }

    void remove(String rowId, Supplier<Object> event) {
        existing(rowId);
        apply(event.get());
    }

    private Map<String, List<String>> existing(String rowId) {
        Map<String, List<String>> current = rows.get(rowId);
        if (current == null) {
            throw new AssessmentRefusedException(table.id(), "This " + table.rowName() + " is not on the assessment");
        }
        return current;
    }

    // A row is small and saved as a whole, so unlike a section it must be complete to be saved.
    private Map<String, List<String>> checked(Map<String, List<String>> details) {
        Map<String, List<String>> normal = Answers.normalise(details);
        List<FieldError> errors = new ArrayList<>(answerCheck.problems(table.id(), table.columns(), normal));
        completeness.missingAnswers(table.id(), table.columns(), normal).stream()
                .filter(missing -> errors.stream().noneMatch(e -> e.field().equals(missing.field())))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new AssessmentRefusedException(errors);
        }
        return normal;
    }
}
