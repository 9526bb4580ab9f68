package uk.earlyhelp.portal.relationship;

/**
 * A child record, request or link that is not there for this user: missing, of another locality, or a child they are
 * not linked to. All answer alike ("Page not found", 404), so nobody learns that someone else's exists.
 */
public class ChildNotFound extends RuntimeException {

    public ChildNotFound() {
        super("No such child record or link for this user", null, false, false);
    }
}
