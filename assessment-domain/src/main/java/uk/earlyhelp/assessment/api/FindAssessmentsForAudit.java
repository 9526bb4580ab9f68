package uk.earlyhelp.assessment.api;

import java.time.Instant;

/**
 * An auditor's search over every assessment of every author, newest change first. Every criterion is optional
 * (null or blank for any).
 *
 * @param familyMemberName part of any family member's name, any case (removed members included)
 * @param author           part of the author's name or email address, any case
 * @param locality         the author's locality, exactly
 * @param changedFrom      last changed at or after
 * @param changedBefore    last changed before
 * @param page             zero-based
 */
public record FindAssessmentsForAudit(String familyMemberName, String author, String locality, AuditStatus status,
                                      Instant changedFrom, Instant changedBefore, int page, int pageSize) {
}
