package uk.earlyhelp.portal.readmodel;

/**
 * One event waiting in a processor's dead-letter queue, as the page shows it: ids, types and times, nothing a family
 * wrote.
 *
 * @param sequence     the assessment (or child) whose events wait behind it: its aggregate id
 * @param eventNumber  its place in that aggregate's history
 * @param cause        the failure's type and place, or that it waits behind an earlier event of the same sequence
 */
public record DeadLetterRow(String sequence, long eventNumber, String eventType, String cause, long failures,
                            String enqueuedAt, String lastTried) {
}
