package uk.earlyhelp.portal.wizard.conflict;

import java.util.List;

/**
 * One answer on the conflict page: both versions as people read them, whether a new answer may be written instead
 * (text answers only), and what the practitioner chose so far (null until they do) with its error, if any.
 */
public record ConflictRow(String fieldId, String label, List<String> mineLines, List<String> theirsLines, boolean editable,
                          String mineText, String choice, String edited, String error) {

    static final String MINE = "mine";
    static final String THEIRS = "theirs";
    static final String EDIT = "edit";

    /** The radios' name, and the id of the first radio, where the error summary links. */
    public String choiceName() {
        return "choice-" + fieldId;
    }

    public String editedName() {
        return "edited-" + fieldId;
    }

    ConflictRow choosing(String chosen, String editedText, String problem) {
        return new ConflictRow(fieldId, label, mineLines, theirsLines, editable, mineText, chosen, editedText, problem);
    }
}
