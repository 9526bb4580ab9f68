package uk.earlyhelp.assessment;

import java.util.regex.Pattern;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;

/** Ids chosen by the client (assessment, row) are checked so they stay safe in URLs and logs. */
final class Ids {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {
    }

    static void check(String field, String id) {
        if (id == null || !SAFE.matcher(id).matches()) {
            throw new AssessmentRefusedException(field, "An id must be 1 to 64 letters, digits, hyphens or underscores");
        }
    }
}
