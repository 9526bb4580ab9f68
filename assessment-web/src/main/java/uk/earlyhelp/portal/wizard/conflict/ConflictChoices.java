package uk.earlyhelp.portal.wizard.conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * What the practitioner chose on the conflict page, per answer: keep mine, keep the other, or (text answers) a new
 * answer. Every answer needs a choice; until each has one, nothing is saved and both texts stay as they were.
 */
record ConflictChoices(List<ConflictRow> rows) {

    static ConflictChoices read(List<ConflictRow> conflicts, MultiValueMap<String, String> params, WizardMessages messages) {
        List<ConflictRow> rows = new ArrayList<>();
        for (ConflictRow row : conflicts) {
            String choice = params.getFirst(row.choiceName());
            boolean known = ConflictRow.MINE.equals(choice) || ConflictRow.THEIRS.equals(choice)
                    || ConflictRow.EDIT.equals(choice) && row.editable();
            String edited = row.editable() ? params.getFirst(row.editedName()) : null;
            rows.add(row.choosing(known ? choice : null, edited,
                    known ? null : messages.text("wizard.conflict.missingChoice", row.label())));
        }
        return new ConflictChoices(rows);
    }

    boolean complete() {
        return rows.stream().allMatch(row -> row.error() == null);
    }

    /** The section's answers as stored now, with each conflicting answer as chosen. */
    Map<String, List<String>> applyTo(Map<String, List<String>> stored, Map<String, List<String>> mine) {
        Map<String, List<String>> answers = new LinkedHashMap<>(stored);
        for (ConflictRow row : rows) {
            switch (row.choice()) {
                case ConflictRow.MINE -> answers.put(row.fieldId(), mine.getOrDefault(row.fieldId(), List.of()));
                case ConflictRow.EDIT -> answers.put(row.fieldId(), row.edited() == null ? List.of() : List.of(row.edited()));
                default -> {
                    // the other version: what is stored stays
                }
            }
        }
        return answers;
    }
}
