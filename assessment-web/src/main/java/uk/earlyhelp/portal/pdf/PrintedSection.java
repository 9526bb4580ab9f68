package uk.earlyhelp.portal.pdf;

import java.util.List;
import uk.earlyhelp.portal.wizard.fields.SummaryRow;

/**
 * One section of the printed assessment: its answers (as on check your answers) and, when it has rows, its
 * add-another table as a real table.
 *
 * @param table null when the section has no table, or no rows in it (the answers then say "None added")
 */
public record PrintedSection(String id, String title, List<SummaryRow> answers, PrintedTable table) {
}
