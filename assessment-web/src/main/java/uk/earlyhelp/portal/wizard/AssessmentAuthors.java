package uk.earlyhelp.portal.wizard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentView;

/**
 * Who wrote each recently opened assessment, on which form version: facts fixed by {@code AssessmentStarted} and never
 * changed, so they can be kept without ever going stale. A save checks its author here instead of reading the whole
 * assessment first (ADR 0015). Deleting a draft changes nothing here: a save of a deleted draft is refused by its command.
 */
@Component
class AssessmentAuthors {

    /** What one assessment's save needs to know before its command. */
    record Facts(String authorId, String formId, int formVersion) {
        static Facts of(AssessmentView view) {
            return new Facts(view.authorId(), view.formId(), view.formVersion());
        }

        boolean writtenBy(String userId) {
            return authorId.equals(userId);
        }
    }

    // Each entry is some 200 bytes; the least recently used go first.
    private static final int KEPT = 20_000;

    private final Map<String, Facts> facts = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Facts> eldest) {
            return size() > KEPT;
        }
    });

    Facts get(String assessmentId) {
        return facts.get(assessmentId);
    }

    void remember(AssessmentView view) {
        facts.put(view.assessmentId(), Facts.of(view));
    }
}
