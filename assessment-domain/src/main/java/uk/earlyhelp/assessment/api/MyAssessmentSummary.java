package uk.earlyhelp.assessment.api;

import java.time.Instant;

/**
 * One line of My Assessments.
 *
 * @param familyName      the family members' names, as the practitioner typed them
 * @param lastSectionId   the section edited last, where reopening a draft resumes
 * @param mosaicReference Mosaic's reference once delivered, else null
 * @param delivery        where a submitted assessment's delivery into Mosaic stands; null for a draft
 */
public record MyAssessmentSummary(String assessmentId, String formTitle, String familyName, AssessmentStatus status,
                                  Instant lastChanged, String lastSectionId, String mosaicReference,
                                  DeliveryStatus delivery) {
}
