package uk.earlyhelp.portal.wizard.fields;

/** Which GOV.UK component shows a field; each has a fragment under templates/fragments/. */
public enum InputKind {
    /** Short text (up to 1,000 characters): a text input with a character count. */
    TEXT_INPUT,
    /** Narrative text: a textarea with a character count. */
    TEXTAREA,
    /** Day, month and year. */
    DATE,
    /** One answer from a list (or yes/no). */
    RADIOS,
    /** Any number of answers from a list. */
    CHECKBOXES;

    /** Longer limits than this are narrative answers and get a textarea. */
    static final int SHORT_TEXT = 1000;
}
