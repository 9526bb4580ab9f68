package uk.earlyhelp.portal.wizard;

/**
 * The wizard answers "not found" both when an assessment does not exist and when it is someone
 * else's, so that a practitioner cannot even learn that another's assessment exists.
 */
public class AssessmentNotFound extends RuntimeException {

    public AssessmentNotFound() {
        super("No such assessment for this user", null, false, false);
    }
}
