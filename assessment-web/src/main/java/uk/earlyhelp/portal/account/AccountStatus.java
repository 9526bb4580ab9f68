package uk.earlyhelp.portal.account;

/** Where an account is in its lifecycle (DOMAIN.md, Accounts). Only an {@link #APPROVED} account signs in. */
public enum AccountStatus {
    /** Asked for; the email address is not yet confirmed. */
    REQUESTED,
    /** Email confirmed; waiting in the locality coordinator's queue. */
    CONFIRMED,
    APPROVED,
    REJECTED,
    /** Linked and unused for too long: a coordinator must reactivate it. */
    EXPIRED,
    /**
     * A staff account an administrator made (or the first administrator, from configuration): it signs in once its
     * holder has set a password from the emailed link.
     */
    INVITED,
    /** A staff account an administrator removed: it never signs in again; it and its history are kept. */
    REMOVED
}
