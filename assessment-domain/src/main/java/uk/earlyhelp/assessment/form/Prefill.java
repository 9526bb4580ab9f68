package uk.earlyhelp.assessment.form;

/**
 * Where a field's default comes from when its section has never been saved: a detail of the practitioner's account,
 * or today's date. Only a default shown on the page (DOMAIN.md, section 6: "pre-filled from the account; editable"):
 * what is saved is what the page held, so a later change to the account rewrites no assessment.
 */
public enum Prefill {
    ACCOUNT_NAME,
    ACCOUNT_JOB_TITLE,
    ACCOUNT_ORGANISATION,
    ACCOUNT_EMAIL,
    ACCOUNT_PHONE,
    ACCOUNT_LOCALITY,
    /** Today, in the council's time zone; for a date field. */
    TODAY
}
