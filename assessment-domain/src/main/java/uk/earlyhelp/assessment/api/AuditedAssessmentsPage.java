package uk.earlyhelp.assessment.api;

import java.util.List;

/** A page of an auditor's search and where it sits among all matches. */
public record AuditedAssessmentsPage(List<AuditedAssessmentSummary> items, int page, int pageSize, long totalItems) {

    public AuditedAssessmentsPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return pageSize <= 0 ? 0 : (int) ((totalItems + pageSize - 1) / pageSize);
    }
}
