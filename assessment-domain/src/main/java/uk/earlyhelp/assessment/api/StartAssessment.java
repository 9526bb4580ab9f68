package uk.earlyhelp.assessment.api;

/** Starts a new draft of the form {@code formId}, at its newest version, for its author. */
public record StartAssessment(String assessmentId, String formId, String authorId) {}
