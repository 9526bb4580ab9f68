package uk.earlyhelp.assessment.api;

import java.time.LocalDate;

/**
 * The assessments finished (submitted) on these days, in the council's time zone, with what became of their delivery
 * into Mosaic: the council's daily reconciliation.
 *
 * @param from first day, inclusive
 * @param to   last day, inclusive
 */
public record FindSubmissionDeliveries(LocalDate from, LocalDate to) {
}
