package uk.earlyhelp.portal.wizard.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.Answers;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;

/** The rows of an add-another table as summary cards, titled by their first answer, with Change (and Remove) links. */
@Component
public class RowCards {

    private final AnswerText text;
    private final WizardMessages messages;

    RowCards(AnswerText text, WizardMessages messages) {
        this.text = text;
        this.messages = messages;
    }

    /** Which links each card carries: both on the section page, Change on check your answers, none once submitted. */
    public enum Links { CHANGE_AND_REMOVE, CHANGE, NONE }

    public List<SummaryCard> cards(OpenAssessment assessment, TableDefinition table, Links links) {
        Map<String, String> names = assessment.familyMemberNames();
        List<SummaryCard> cards = new ArrayList<>();
        int number = 0;
        for (Row row : assessment.filled().rows(table.id())) {
            number++;
            String first = firstAnswer(assessment, table, row, names);
            String title = messages.text("wizard.table.cardTitle", capitalised(table.rowName()), number, first);
            List<SummaryRow> rows = table.columns().stream().map(column -> new SummaryRow(column.label(),
                    text.lines(assessment.form(), column, row.values().getOrDefault(column.id(), List.of()), names),
                    null, null)).toList();
            List<SummaryAction> actions = new ArrayList<>();
            if (links != Links.NONE) {
                actions.add(new SummaryAction("change-" + table.id() + "-" + row.rowId(), messages.text("wizard.change"),
                        WizardPaths.row(assessment.id(), table.id(), row.rowId()), title));
            }
            if (links == Links.CHANGE_AND_REMOVE) {
                actions.add(new SummaryAction("remove-" + table.id() + "-" + row.rowId(), messages.text("wizard.remove"),
                        WizardPaths.removeRow(assessment.id(), table.id(), row.rowId()), title));
            }
            cards.add(new SummaryCard(table.id() + "-" + row.rowId(), title, actions, rows));
        }
        return cards;
    }

    private String firstAnswer(OpenAssessment assessment, TableDefinition table, Row row, Map<String, String> names) {
        FieldDefinition first = table.columns().get(0);
        List<String> lines = text.lines(assessment.form(), first, row.values().getOrDefault(first.id(), List.of()), names);
        String value = lines.isEmpty() ? Answers.first(row.values(), first.id()) : lines.get(0);
        return value == null ? "" : value;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
