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
    EXPIRED,
    /** An expired account made able to sign in again, by its locality's coordinator. */
    REACTIVATED,
    /** A demo account of the embedded default, created at start-up. */
    SEEDED
}
