package uk.earlyhelp.portal.wizard.check;

import java.util.List;
import uk.earlyhelp.portal.wizard.fields.SummaryCard;
import uk.earlyhelp.portal.wizard.fields.SummaryRow;

/** One section on check your answers (or the submitted view): its answers, then its table's rows as cards. */
public record SummarySection(String id, String title, List<SummaryRow> rows, String tableHeading, List<SummaryCard> cards) {
}
