package uk.earlyhelp.portal.account.token;

/** What a link is for: a link for one purpose never works for another. */
public enum TokenPurpose {
    CONFIRM_EMAIL, RESET_PASSWORD,
    /** A new staff account's first password. */
    SET_PASSWORD
}
