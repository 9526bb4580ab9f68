package uk.earlyhelp.assessment.form;

/** What kind of answer a field takes; decides how a value is checked and which input the web shows. */
public enum FieldType {
    /** Free text, limited to the field's {@code maxLength} characters. */
    TEXT,
    /** A calendar date held as ISO yyyy-mm-dd, checked by the field's {@link DateRule}. */
    DATE,
    /** One code from the field's option list. */
    CHOICE,
    /** Any number of codes from the field's option list ("tick as many as apply"). */
    CHOICES,
    /** "yes" or "no". */
    YES_NO,
    /** Ids of family members already on the assessment (e.g. who an action concerns). */
    FAMILY_MEMBERS
}
