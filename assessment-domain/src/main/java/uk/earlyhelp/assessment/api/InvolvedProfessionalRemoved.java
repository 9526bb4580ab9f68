package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** An involved professional was removed. */
@Revision("1")
public record InvolvedProfessionalRemoved(String assessmentId, String professionalId) {
}
