package uk.earlyhelp.portal.wizard.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.fields.AnswerText;
import uk.earlyhelp.portal.wizard.fields.ErrorLinks;
import uk.earlyhelp.portal.wizard.fields.RowCards;
import uk.earlyhelp.portal.wizard.fields.SummaryRow;

/**
 * Every section's answers as GOV.UK summary lists, with Change links to the page and input where
 * each is changed (none once submitted). Questions that do not apply (a follow-up whose condition
 * does not hold, left blank) are left out.
 */
@Component
public class AnswerSummary {

    private final AnswerText text;
    private final RowCards rowCards;
    private final WizardMessages messages;

    AnswerSummary(AnswerText text, RowCards rowCards, WizardMessages messages) {
        this.text = text;
        this.rowCards = rowCards;
        this.messages = messages;
    }

    public List<SummarySection> sections(OpenAssessment assessment, boolean changeable) {
        Map<String, String> names = assessment.familyMemberNames();
        List<SummarySection> sections = new ArrayList<>();
        for (SectionDefinition section : assessment.form().sections()) {
            Map<String, List<String>> answers = assessment.filled().answers(section.id());
            List<SummaryRow> rows = new ArrayList<>();
            for (FieldDefinition field : section.fields()) {
                List<String> values = answers.getOrDefault(field.id(), List.of());
                if (values.isEmpty() && field.requiredWhen() != null && !field.isRequiredGiven(answers)) continue;
                rows.add(new SummaryRow(field.label(), text.lines(assessment.form(), field, values, names),
                        changeable ? WizardPaths.section(assessment.id(), section.id()) + "#" + ErrorLinks.anchor(field) : null,
                        field.label()));
            }
            TableDefinition table = section.table();
            String heading = null;
            if (table != null) {
                heading = messages.firstOf(new String[] {"wizard.table.heading." + table.id(), "wizard.table.heading"},
                        table.rowName());
                if (assessment.filled().rows(table.id()).isEmpty()) {
                    rows.add(new SummaryRow(heading, List.of(messages.text("wizard.check.noneAdded")),
                            changeable ? WizardPaths.newRow(assessment.id(), table.id()) : null, heading));
                }
            }
            sections.add(new SummarySection(section.id(), section.title(), rows, heading, table == null ? List.of()
                    : rowCards.cards(assessment, table, changeable ? RowCards.Links.CHANGE : RowCards.Links.NONE)));
        }
        return sections;
    }
}
