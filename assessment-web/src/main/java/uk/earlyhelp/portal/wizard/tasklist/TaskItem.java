package uk.earlyhelp.portal.wizard.tasklist;

/**
 * One line of the GOV.UK task list.
 *
 * @param href     null while the section cannot be started (the significant-harm gate is closed)
 * @param tagClass the GOV.UK tag colour for the status, or null for plain text (Completed, Cannot start yet)
 */
public record TaskItem(String id, String title, String href, String status, String tagClass) {
}
