package uk.earlyhelp.portal.pdf;

import java.util.List;

/**
 * An add-another table (family members, professionals, the action plan) as printed: a header row of column labels,
 * then one row per entry, each cell its answer's lines.
 */
public record PrintedTable(String caption, List<Column> columns, List<List<List<String>>> rows) {

    /** @param kind the column's answer type (text, date, choice…), for the print stylesheet: dates never wrap */
    public record Column(String label, String kind) {
    }
}
