package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** The assessment was finished (submitted); from now on it is read-only. {@code finishedBy} is an account id.
 * Revision 2: revision 1 could carry an email address, read as revision 2 by {@link AccountIdUpcasters} (ADR 0032).
 */
@Revision("2")
public record AssessmentFinished(String assessmentId, String finishedBy) {
}
