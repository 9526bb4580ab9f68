package uk.earlyhelp.assessment.form;

/**
 * One question (or table column) of a form.
 *
 * @param maxLength            character limit of a {@link FieldType#TEXT} field (1,000 short, 4,000 narrative)
 * @param options              name of the option list for choice fields
 * @param required             must be answered before the assessment can be finished
 * @param requiredWhen         required only when this condition holds (overrides {@code required})
 * @param dateRule             which dates a {@link FieldType#DATE} field accepts
 * @param expectedDeliveryWhen for {@link DateRule#BIRTH_OR_EXPECTED_DELIVERY}: when the date is an EDD
 * @param hint                 help text shown under the label
 * @param missingMessage       what Finish says when the answer is missing (GOV.UK style, e.g. "Enter the need");
 *                             derived from the label when absent
 * @param prefill              the default a section never saved shows (an account detail, or today); null for none
 */
public record FieldDefinition(
        String id,
        String label,
        FieldType type,
        Integer maxLength,
        String options,
        boolean required,
        Condition requiredWhen,
        DateRule dateRule,
        Condition expectedDeliveryWhen,
        String hint,
        String missingMessage,
        Prefill prefill) {

    public boolean isRequiredGiven(java.util.Map<String, java.util.List<String>> answers) {
        return requiredWhen != null ? requiredWhen.holdsFor(answers) : required;
    }

    public DateRule effectiveDateRule() {
        return dateRule == null ? DateRule.ANY : dateRule;
    }
}
