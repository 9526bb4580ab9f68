package uk.earlyhelp.assessment.api;

/**
 * One page of a practitioner's own assessments, most recently changed first.
 *
 * @param search part of any family member's name, any case; blank for all
 * @param page   zero-based page number
 */
public record FindMyAssessments(String authorId, String search, int page, int pageSize) {
}
