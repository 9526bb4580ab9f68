package uk.earlyhelp.assessment.api;

/** Asks for one assessment as it stands now (strongly consistent: read from its own events). */
public record FetchAssessment(String assessmentId) {
}
