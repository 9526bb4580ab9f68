package uk.earlyhelp.assessment.form;

/** Which dates a date field accepts, relative to today. */
public enum DateRule {
    /** Any real calendar date (e.g. "by when" in an action plan). */
    ANY,
    /** Today or earlier: dates of birth, the date consent was given. */
    NOT_IN_FUTURE,
    /**
     * A date of birth (not in the future) or, for an unborn child, an expected date of delivery:
     * not in the past and at most ten months ahead. The field's {@code expectedDeliveryWhen}
     * condition says which applies.
     */
    BIRTH_OR_EXPECTED_DELIVERY
}
