package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.earlyhelp.assessment.api.AssessmentStarted;

/**
 * Two real transactions on the portal's database: the first takes its global index, then waits; the second takes the
 * next index and commits. A reader between the two commits sees only the second; the cursor it is given must still
 * bring the first once it commits. A reader that kept only "the highest index seen" would skip it for ever.
 */
final class OutOfOrderCommits {

    private OutOfOrderCommits() {
    }

    static void neverSkipAnEventCommittedLate(FeedApi feed, EventStorageEngine storage,
                                              PlatformTransactionManager transactions) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String start = feed.readToTheEnd(null, 1000).next();
        GenericDomainEventMessage<AssessmentStarted> early = started();
        GenericDomainEventMessage<AssessmentStarted> late = started();

        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            storage.appendEvents(List.of(early));
            appended.countDown();
            await(mayCommit);
        }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        transaction.executeWithoutResult(status -> storage.appendEvents(List.of(late)));

        FeedApi.Page beforeTheSlowCommit = feed.readToTheEnd(start, 1000);
        mayCommit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        FeedApi.Page afterIt = feed.readToTheEnd(beforeTheSlowCommit.next(), 1000);

        // Only these two: the portal's own processors may record events meanwhile.
        List<String> ours = List.of(early.getIdentifier(), late.getIdentifier());
        assertThat(beforeTheSlowCommit.ids()).filteredOn(ours::contains).containsExactly(late.getIdentifier());
        assertThat(afterIt.ids()).filteredOn(ours::contains).containsExactly(early.getIdentifier());
        assertThat(feed.readToTheEnd(afterIt.next(), 1000).ids()).filteredOn(ours::contains).isEmpty();
    }

    private static GenericDomainEventMessage<AssessmentStarted> started() {
        String id = "late-" + UUID.randomUUID();
        return new GenericDomainEventMessage<>("Assessment", id, 0,
                new AssessmentStarted(id, "early-help-assessment", 1, "practitioner-7"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the slow transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
