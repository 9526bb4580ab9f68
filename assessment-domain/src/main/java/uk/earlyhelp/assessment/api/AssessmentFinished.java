package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** The assessment was finished (submitted); from now on it is read-only. */
@Revision("1")
public record AssessmentFinished(String assessmentId, String finishedBy) {
}
