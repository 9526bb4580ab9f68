package uk.earlyhelp.assessment.api;

/** No assessment has this id, or it was deleted. Deliberately says nothing more (ids are not secrets, contents are). */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(String assessmentId) {
        super("No assessment " + assessmentId);
    }
}
