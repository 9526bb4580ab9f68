package uk.earlyhelp.portal.account;

/** What happened to an account, as its history records it. Never a password or a link's token. */
public enum AccountChange {
    REQUESTED,
    /** The same address asked again before confirming: the newer details replaced the older. */
    REQUEST_REPLACED,
    EMAIL_CONFIRMED,
    APPROVED,
    REJECTED,
    LOCKED,
    PASSWORD_CHANGED,
    /** A linked login unused for long: its holder was emailed that it will expire unless they sign in. */
    EXPIRY_WARNED,
    /** A linked login unused for too long (DOMAIN.md, Accounts 5): it cannot sign in, and its links ended. */
    EXPIRED,
    /** An expired account made able to sign in again, by its locality's coordinator. */
    REACTIVATED,
    /** A staff account made by an administrator (or the first administrator, by the portal); a link was emailed. */
    INVITED,
    /** The link to set a staff account's first password had expired unused: a new one was emailed. */
    INVITATION_RENEWED,
    /** A staff account's first password, set from the emailed link: it can sign in now. */
    PASSWORD_SET,
    /** A staff account removed by an administrator. */
    REMOVED,
    /** A demo account of the embedded default, created at start-up. */
    SEEDED,
    /** An authenticator app enrolled as the account's second factor (issue 16, ADR 0022). */
    SECOND_FACTOR_ENROLLED,
    /** The second factor reset by an administrator: the account enrols a new app at its next sign-in. */
    SECOND_FACTOR_RESET
}
