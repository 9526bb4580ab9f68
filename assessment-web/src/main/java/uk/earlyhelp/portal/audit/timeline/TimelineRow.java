package uk.earlyhelp.portal.audit.timeline;

/**
 * One stored event as the timeline shows it.
 *
 * @param number        its place in the history, from 1 ("event 37 of 112"); the sequence number plus one
 * @param when          dd/mm/yyyy hh:mm:ss in the council's time zone
 * @param correlationId what ties together the events of one request
 */
public record TimelineRow(int number, long sequence, String when, Actor actor, Wording what, String correlationId,
                          String asAtHref) {
}
