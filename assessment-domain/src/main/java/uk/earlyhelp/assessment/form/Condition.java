package uk.earlyhelp.assessment.form;

import java.util.List;
import java.util.Map;

/**
 * "Field X has value Y": makes a field required (or a date an expected delivery date) only when
 * another answer says so. For a multiple-choice field, "has" means "includes".
 */
public record Condition(String field, String equals) {

    public boolean holdsFor(Map<String, List<String>> answers) {
        return answers.getOrDefault(field, List.of()).contains(equals);
    }
}
