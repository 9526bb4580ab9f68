package uk.earlyhelp.portal.wizard.fields;

/** A link on a summary card, such as Change or Remove; {@code hidden} says to screen readers what it acts on. */
public record SummaryAction(String id, String label, String href, String hidden) {
}
