package uk.earlyhelp.portal.account;

/**
 * An account that is not there for this user: missing, of another locality, or not in a state to act on. All
 * answer alike, so a coordinator cannot even learn that another locality's request exists.
 */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound() {
        super("No such account for this user", null, false, false);
    }
}
