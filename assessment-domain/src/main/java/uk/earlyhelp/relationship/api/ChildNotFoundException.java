package uk.earlyhelp.relationship.api;

/** No child record has this id. Carries no personal data, so it is safe to log. */
public class ChildNotFoundException extends RuntimeException {

    public ChildNotFoundException(String childId) {
        super("No child record " + childId, null, false, false);
    }
}
