package uk.earlyhelp.assessment.api;

import java.util.List;

/**
 * A command the assessment would not accept. It carries every problem found, not just the
 * first, so the error summary can list them all at once.
 */
public class AssessmentRefusedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public AssessmentRefusedException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public AssessmentRefusedException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    // The message names fields only, never the values typed, so it is safe to log.
    private static String summary(List<FieldError> errors) {
        return "Refused: " + errors.stream().map(FieldError::field).distinct().toList();
    }
}
