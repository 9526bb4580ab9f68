package uk.earlyhelp.assessment.api;

import java.time.Instant;

/**
 * One assessment found by an auditor's search.
 *
 * @param familyName its current members' names, joined
 * @param delivery   null while a draft (or deleted)
 */
public record AuditedAssessmentSummary(String assessmentId, String formTitle, String familyName, String authorId,
                                       AssessmentStatus status, boolean deleted, DeliveryStatus delivery,
                                       String mosaicReference, Instant lastChanged) {
}
