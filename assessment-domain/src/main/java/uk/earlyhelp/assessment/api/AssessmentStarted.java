package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** A practitioner started an assessment on a given version of a form. */
@Revision("1")
public record AssessmentStarted(String assessmentId, String formId, int formVersion, String authorId) {
}
