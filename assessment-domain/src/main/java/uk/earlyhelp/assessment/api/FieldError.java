package uk.earlyhelp.assessment.api;

/**
 * Why one answer was refused, in words a practitioner can act on.
 *
 * @param field where the problem is, as {@code section.field}, {@code table.column},
 *              {@code table[rowId].column} or just a section or table id; the web turns it into
 *              a link from the error summary to the input
 */
public record FieldError(String field, String message) {
}
