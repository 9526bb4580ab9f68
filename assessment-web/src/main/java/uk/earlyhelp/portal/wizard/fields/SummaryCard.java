package uk.earlyhelp.portal.wizard.fields;

import java.util.List;

/** A GOV.UK summary card: one row of an add-another table (a family member, an action) with its links. */
public record SummaryCard(String id, String title, List<SummaryAction> actions, List<SummaryRow> rows) {
}
