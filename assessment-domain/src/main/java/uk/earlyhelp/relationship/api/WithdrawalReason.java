package uk.earlyhelp.relationship.api;

/** Why a pending request was withdrawn before its coordinator decided it. */
public enum WithdrawalReason {
    /** The practitioner who asked took the request back. */
    WITHDRAWN_BY_PRACTITIONER,
    /**
     * The practitioner's account expired (DOMAIN.md, linked logins expire): a login that cannot sign in must not be
     * linked to anyone, so its requests close with its links.
     */
    ACCOUNT_EXPIRED,
    /** The locality coordinator ended all of the practitioner's links at once, and with them what was still asked. */
    ENDED_BY_COORDINATOR;

    /** A request still open when every link of its practitioner ends closes for the same reason. */
    public static WithdrawalReason of(LinkEndReason reason) {
        return switch (reason) {
            case ACCOUNT_EXPIRED -> ACCOUNT_EXPIRED;
            case ENDED_BY_COORDINATOR -> ENDED_BY_COORDINATOR;
        };
    }
}
