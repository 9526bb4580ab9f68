package uk.earlyhelp.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.SectionSaved;

/**
 * Fills the event store for the feed benchmark: assessments of 100 events each (started, a family member, then
 * sections saved), appended through the portal's own storage engine (so stored and serialized exactly as the portal
 * does) a thousand events per transaction. Through commands this would take far longer and measure the aggregate.
 */
final class FeedSeed {

    private static final int EVENTS_PER_ASSESSMENT = 100;
    private static final int EVENTS_PER_TRANSACTION = 1000;

    private FeedSeed() {
    }

    static void seed(EventStorageEngine storage, PlatformTransactionManager transactions, int events) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<EventMessage<?>> batch = new ArrayList<>();
        String assessment = null;
        for (int i = 0; i < events; i++) {
            int sequence = i % EVENTS_PER_ASSESSMENT;
            if (sequence == 0) {
                assessment = UUID.randomUUID().toString();
            }
            batch.add(new GenericDomainEventMessage<>("Assessment", assessment, sequence, payload(assessment, sequence)));
            if (batch.size() == EVENTS_PER_TRANSACTION || i == events - 1) {
                List<EventMessage<?>> full = List.copyOf(batch);
                transaction.executeWithoutResult(status -> storage.appendEvents(full));
                batch.clear();
            }
        }
    }

    private static Object payload(String assessment, int sequence) {
        if (sequence == 0) {
            return new AssessmentStarted(assessment, "early-help-assessment", 1, "practitioner@example.org");
        }
        if (sequence == 1) {
            return new FamilyMemberAdded(assessment, "m1", Map.of("name", List.of("Mary Smith"),
                    "dateOfBirth", List.of("1990-05-09"), "relationship", List.of("mother")));
        }
        return new SectionSaved(assessment, "assessment", Map.of(
                "familyStory", List.of("Saved " + sequence + " times: the family moved in the spring and the baby "
                        + "is due in May; the health visitor calls weekly."),
                "strengths", List.of("Grandmother close by", "Attends the children's centre")));
    }
}
