package uk.earlyhelp.assessment;

import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.SafeId;

/** Ids chosen by the client (assessment, row) are checked so they stay safe in URLs and logs. */
final class Ids {

    private Ids() {
    }

    static void check(String field, String id) {
        if (!SafeId.isSafe(id)) {
            throw new AssessmentRefusedException(field, SafeId.RULE);
        }
    }
}
