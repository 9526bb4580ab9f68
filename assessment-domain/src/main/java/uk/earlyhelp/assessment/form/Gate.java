package uk.earlyhelp.assessment.form;

/**
 * A question whose answer stops the form, e.g. "Is any child at risk of significant harm?":
 * when {@code field} is answered {@code stopWhen}, the form cannot go on and {@code message}
 * (the council's safeguarding contact) is what the practitioner must act on instead.
 */
public record Gate(String field, String stopWhen, String message) {
}
