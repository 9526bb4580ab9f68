package uk.earlyhelp.relationship;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.api.SafeId;
import uk.earlyhelp.relationship.api.RelationshipRefusedException;

/** Collects the problems of one command, field by field, and refuses the command with all of them at once. */
final class Checks {

    static final int NAME_LENGTH = 100;
    static final int REASON_LENGTH = 1000;
    // Mosaic person references are short codes; anything else is a typing slip (or a name in the wrong column).
    private static final Pattern MOSAIC_REFERENCE = Pattern.compile("[A-Za-z0-9/-]{1,40}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final List<FieldError> errors = new ArrayList<>();

    Checks id(String field, String id) {
        if (!SafeId.isSafe(id)) {
            add(field, SafeId.RULE);
        }
        return this;
    }

    Checks required(String field, String value, int maxLength, String missing, String tooLong) {
        if (value == null || value.isBlank()) {
            add(field, missing);
        } else {
            optional(field, value, maxLength, tooLong);
        }
        return this;
    }

    Checks optional(String field, String value, int maxLength, String tooLong) {
        if (value != null && value.length() > maxLength) {
            add(field, tooLong);
        }
        return this;
    }

    /** A date of birth as {@code yyyy-mm-dd}: a real date, not in the future, not before 1900. */
    Checks dateOfBirth(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return add(field, "Enter the date of birth");
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                add(field, "Date of birth must be today or in the past");
            } else if (date.isBefore(EARLIEST_BIRTH)) {
                add(field, "Date of birth must be after 1900");
            }
        } catch (DateTimeParseException notADate) {
            add(field, "Date of birth must be a real date");
        }
        return this;
    }

    Checks mosaicReference(String field, String value) {
        if (value != null && !value.isEmpty() && !MOSAIC_REFERENCE.matcher(value).matches()) {
            add(field, "Mosaic person reference must be up to 40 letters, digits, hyphens or slashes");
        }
        return this;
    }

    Checks add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    void refuseIfAny() {
        if (!errors.isEmpty()) {
            throw new RelationshipRefusedException(errors);
        }
    }
}
