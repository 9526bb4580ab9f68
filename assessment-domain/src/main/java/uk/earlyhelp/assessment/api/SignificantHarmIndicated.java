package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** The practitioner answered that a child may be at risk of significant harm: the form stops and the council's safeguarding (MASH) route applies. */
@Revision("1")
public record SignificantHarmIndicated(String assessmentId, String sectionId) {
}
