package uk.earlyhelp.relationship.api;

/** Why a link ended. */
public enum LinkEndReason {
    /** The locality coordinator ended it. */
    ENDED_BY_COORDINATOR,
    /** The practitioner's account expired after its period of inactivity (DOMAIN.md, linked logins expire). */
    ACCOUNT_EXPIRED
}
