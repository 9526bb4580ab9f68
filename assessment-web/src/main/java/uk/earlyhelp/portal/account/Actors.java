package uk.earlyhelp.portal.account;

/** Who did something to an account, when it was not a coordinator or administrator (whose email is recorded). */
public final class Actors {

    /** The account holder, e.g. confirming their email address or choosing a new password. */
    public static final String SELF = "self";
    /** The portal itself, e.g. locking an account after repeated failed sign-ins. */
    public static final String SYSTEM = "system";

    private Actors() {
    }
}
