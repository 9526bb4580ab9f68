package uk.earlyhelp.relationship.api;

import java.util.List;
import uk.earlyhelp.assessment.api.FieldError;

/** A child-record or link command refused, with every problem found, so an error summary can list them all. */
public class RelationshipRefusedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public RelationshipRefusedException(List<FieldError> errors) {
        super("Refused: " + errors.stream().map(FieldError::field).distinct().toList());
        this.errors = List.copyOf(errors);
    }

    public RelationshipRefusedException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    // The message names fields only, never values typed, so it is safe to log.
    public List<FieldError> errors() {
        return errors;
    }
}
