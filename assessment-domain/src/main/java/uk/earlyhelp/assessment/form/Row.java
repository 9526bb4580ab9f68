package uk.earlyhelp.assessment.form;

import java.util.List;
import java.util.Map;

/** One row of a table as filled in: a family member, an action, a professional. */
public record Row(String rowId, Map<String, List<String>> values) {

    public Row {
        values = Map.copyOf(values);
    }
}
