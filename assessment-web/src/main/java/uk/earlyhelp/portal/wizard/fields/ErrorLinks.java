package uk.earlyhelp.portal.wizard.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FieldType;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * Turns the domain's field paths ({@code section.field}, {@code table.column}, {@code table[rowId].column},
 * or a bare section or table id) into error-summary links: to an input on the page being shown, or
 * to the page and input where the problem is fixed.
 */
public final class ErrorLinks {

    private static final Pattern PATH = Pattern.compile("([^.\\[]+)(?:\\[([^]]+)])?(?:\\.(.+))?");
    /** Errors about the whole page or assessment link to the top of the page's content. */
    private static final String TOP = "#main-content";

    private final OpenAssessment assessment;

    public ErrorLinks(OpenAssessment assessment) {
        this.assessment = assessment;
    }

    /**
     * @param owner the section or table id whose inputs this page shows; errors about them link within the page
     */
    public PageErrors onPage(String owner, List<FieldDefinition> fields, List<FieldError> errors) {
        List<ErrorLink> summary = new ArrayList<>();
        Map<String, String> inline = new LinkedHashMap<>();
        for (FieldError error : errors) {
            Matcher path = PATH.matcher(error.field());
            FieldDefinition field = path.matches() && owner.equals(path.group(1)) ? field(fields, path.group(3)) : null;
            if (field != null) {
                summary.add(new ErrorLink("#" + anchor(field), error.message()));
                inline.putIfAbsent(field.id(), error.message());
            } else {
                summary.add(new ErrorLink(elsewhere(error.field(), TOP), error.message()));
            }
        }
        return new PageErrors(summary, inline);
    }

    /** What Finish found missing, each linking to the page (and input) where it is put right. */
    public PageErrors forFinish(List<FieldError> missing) {
        return new PageErrors(missing.stream()
                .map(error -> new ErrorLink(elsewhere(error.field(), TOP), error.message())).toList(), Map.of());
    }

    private String elsewhere(String fieldPath, String fallback) {
        Matcher path = PATH.matcher(fieldPath);
        if (!path.matches()) return fallback;
        String owner = path.group(1);
        String rowId = path.group(2);
        String fieldId = path.group(3);
        String id = assessment.id();
        // Tables first: a section and its table may share an id (action-plan), and a bare table id means "too few rows".
        SectionDefinition withTable = assessment.form().sectionWithTable(owner).orElse(null);
        if (withTable != null) {
            FieldDefinition column = fieldId == null ? null : withTable.table().column(fieldId);
            if (rowId != null && assessment.row(owner, rowId).isPresent()) {
                return WizardPaths.row(id, owner, rowId) + (column == null ? "" : "#" + anchor(column));
            }
            if (fieldId == null) return WizardPaths.newRow(id, owner);
            if (column != null) return WizardPaths.section(id, withTable.id()) + "#" + owner;
        }
        SectionDefinition section = assessment.form().section(owner).orElse(null);
        if (section == null) return fallback;
        FieldDefinition field = fieldId == null ? null : section.field(fieldId);
        return WizardPaths.section(id, owner) + (field == null ? "" : "#" + anchor(field));
    }

    private static FieldDefinition field(List<FieldDefinition> fields, String fieldId) {
        return fieldId == null ? null : fields.stream().filter(f -> f.id().equals(fieldId)).findFirst().orElse(null);
    }

    /** The input an error links to: a date's day, otherwise the field's (first) input. */
    public static String anchor(FieldDefinition field) {
        return field.type() == FieldType.DATE ? field.id() + DateParts.DAY : field.id();
    }
}
