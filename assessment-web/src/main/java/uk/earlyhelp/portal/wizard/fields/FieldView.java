package uk.earlyhelp.portal.wizard.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * One question as a page shows it: what a GOV.UK fragment needs and nothing else. Element ids are
 * stable for browser tests: the input's id is the field id (a date's parts {@code <id>-day},
 * {@code -month}, {@code -year}; a list's first option the field id, the others {@code <id>-<code>}).
 *
 * @param value  the text typed, for text inputs
 * @param date   the parts typed, for dates
 * @param inline yes/no radios side by side (only when no other question hangs on the answer)
 */
public record FieldView(String id, String label, String hint, InputKind kind, Integer maxLength, String value,
                        DateParts date, List<OptionView> options, String error, boolean inline) {

    public boolean hasError() {
        return error != null;
    }

    public String hintId() {
        return id + "-hint";
    }

    public String errorId() {
        return id + "-error";
    }

    /** The character count's message, which GOV.UK's script keeps up to date as the practitioner types. */
    public String infoId() {
        return id + "-info";
    }

    public String describedBy() {
        List<String> ids = new ArrayList<>();
        if (hint != null) ids.add(hintId());
        if (error != null) ids.add(errorId());
        if (kind == InputKind.TEXT_INPUT || kind == InputKind.TEXTAREA) ids.add(infoId());
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
