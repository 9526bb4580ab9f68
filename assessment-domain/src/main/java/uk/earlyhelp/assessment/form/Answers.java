package uk.earlyhelp.assessment.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts answers in one canonical shape before they are compared or stored, so that re-saving
 * what is already there is recognised as "no change" and appends no event.
 */
public final class Answers {

    private Answers() {
    }

    /**
     * Drops blank values and empty fields, removes repeated choices, and turns the browser's
     * CRLF line endings into LF (GOV.UK's character count counts a line break as one character).
     */
    public static Map<String, List<String>> normalise(Map<String, List<String>> answers) {
        Map<String, List<String>> normal = new LinkedHashMap<>();
        if (answers == null) return normal;
        answers.forEach((field, values) -> {
            if (field == null || values == null) return;
            LinkedHashSet<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                if (value != null && !value.isBlank()) kept.add(value.replace("\r\n", "\n").replace('\r', '\n'));
            }
            if (!kept.isEmpty()) normal.put(field, List.copyOf(kept));
        });
        // Sorted, so that stored events read the same however the browser ordered the fields.
        return Collections.unmodifiableMap(new TreeMap<>(normal));
    }

    public static String first(Map<String, List<String>> answers, String field) {
        List<String> values = answers.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
