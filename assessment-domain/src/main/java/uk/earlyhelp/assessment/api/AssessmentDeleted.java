package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** A draft was deleted. */
@Revision("1")
public record AssessmentDeleted(String assessmentId, String deletedBy) {
}
