package uk.earlyhelp.portal.readmodel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;

/**
 * A test-only fault inside the My Assessments read model's processing group: while an assessment is marked broken,
 * handling any of its family members fails, in the same invoker, the same transaction and before the real projection's
 * handler (first in the group's order), as a real fault in that projection would.
 */
@ProcessingGroup("my-assessments")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrokenReadModelHook {

    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    void breakFor(String assessmentId) {
        broken.add(assessmentId);
    }

    void repair() {
        broken.clear();
    }

    @EventHandler
    void on(FamilyMemberAdded event) {
        if (broken.contains(event.assessmentId())) {
            throw new IllegalStateException("My Assessments cannot take this family member");
        }
    }
}
