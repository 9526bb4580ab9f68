package uk.earlyhelp.portal.audit.access;

import java.time.Instant;

/**
 * One recorded read.
 *
 * @param actorId the reader's id, as commands carry it (see {@code PortalUser.id()})
 * @param what    a short code for the kind of read, e.g. {@code ASSESSMENT_TIMELINE}; its wording is
 *                {@code accessLog.what.<code>} in messages.properties
 * @param target  what was read: an id, or the search asked; may be null
 */
public record AccessLogEntry(long id, Instant at, String actorId, String what, String target) {
}
