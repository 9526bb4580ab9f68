package uk.earlyhelp.assessment.form;

/**
 * One entry of an option list. The code is what events store (stable for years); the label is
 * what people read, and a council may reword it without touching stored assessments.
 */
public record Option(String code, String label) {
}
