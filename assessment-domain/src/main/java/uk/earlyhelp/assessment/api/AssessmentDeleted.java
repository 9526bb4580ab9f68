package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** A draft was deleted. {@code deletedBy} is an account id.
 * Revision 2: revision 1 could carry an email address, read as revision 2 by {@link AccountIdUpcasters} (ADR 0032).
 */
@Revision("2")
public record AssessmentDeleted(String assessmentId, String deletedBy) {
}
