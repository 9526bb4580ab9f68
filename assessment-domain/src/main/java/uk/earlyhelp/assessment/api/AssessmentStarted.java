package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/**
 * A practitioner started an assessment on a given version of a form. {@code authorId} is their account id. Revision 2:
 * revision 1 could carry the author's email address, read as revision 2 by {@link AccountIdUpcasters} (ADR 0032).
 */
@Revision("2")
public record AssessmentStarted(String assessmentId, String formId, int formVersion, String authorId) {
}
