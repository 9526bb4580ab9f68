package uk.earlyhelp.portal.wizard.fields;

/** One entry of a GOV.UK error summary: the message and where it links to (an input on this page, or another page). */
public record ErrorLink(String href, String message) {
}
