package uk.earlyhelp.assessment.api;

import java.util.List;

/** A page of My Assessments and where it sits among all matches. */
public record MyAssessmentsPage(List<MyAssessmentSummary> items, int page, int pageSize, long totalItems) {

    public MyAssessmentsPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return pageSize <= 0 ? 0 : (int) ((totalItems + pageSize - 1) / pageSize);
    }
}
