package uk.earlyhelp.assessment.api;

import java.util.List;

/** The answer to {@link FindSubmissionDeliveries}: oldest submission first. */
public record SubmissionDeliveries(List<SubmissionDeliverySummary> submissions) {

    public SubmissionDeliveries {
        submissions = List.copyOf(submissions);
    }
}
