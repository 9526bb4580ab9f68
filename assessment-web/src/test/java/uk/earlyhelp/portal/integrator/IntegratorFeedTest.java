package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.cloudevents.CloudEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/** The feed on the embedded default (H2 file), as an integrator's consumer meets it. */
class IntegratorFeedTest extends PortalWebTest {

    @Autowired
    IntegratorClients clients;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aConsumerReadingTheWholeFeedTwiceGetsTheSameEventsInTheSameOrder() throws Exception {
        String assessmentId = startAssessmentWithAFamily();
        FeedApi feed = feed(Set.of(EventGroup.values()), false);

        // Small pages against one large one; small enough to cross many page boundaries, large enough that a
        // suite-long event store stays under a client's rate limit (600 requests a minute).
        FeedApi.Page first = feed.readToTheEnd(null, 37);
        FeedApi.Page second = feed.readToTheEnd(null, 1000);

        assertThat(first.ids()).isNotEmpty().doesNotHaveDuplicates().isEqualTo(second.ids());
        List<CloudEvent> ours = first.events().stream().filter(e -> assessmentId.equals(e.getSubject())).toList();
        assertThat(ours).extracting(CloudEvent::getType).startsWith("uk.earlyhelp.assessment.AssessmentStarted.v2",
                "uk.earlyhelp.assessment.FamilyMemberAdded.v1");
        assertThat(ours.get(0).getSource().toString()).isEqualTo("/early-help-portal/assessments");
        assertThat(new String(ours.get(1).getData().toBytes())).contains("Mary Smith");
        assertThat(first.events().get(first.events().size() - 1).getExtension("cursor")).isEqualTo(first.next());
    }

    @Test
    void aRedactedClientNeverSeesANameTypedIntoTheAssessmentInAnyByteItReceives() throws Exception {
        String assessmentId = startAssessmentWithAFamily();
        FeedApi feed = feed(Set.of(EventGroup.values()), true);

        FeedApi.Page all = feed.readToTheEnd(null, 41);

        assertThat(all.events()).anyMatch(event -> assessmentId.equals(event.getSubject()));
        assertThat(feed.received()).contains(assessmentId, "[redacted]")
                .doesNotContain("Mary Smith", "Siân Evans", "1990-05-09", CommandScript.AUTHOR);
    }

    @Test
    void aClientReadsOnlyTheGroupsItWasGiven() throws Exception {
        startAssessmentWithAFamily();
        FeedApi deliveriesOnly = feed(Set.of(EventGroup.DELIVERIES), false);

        assertThat(deliveriesOnly.readToTheEnd(null, 1000).events())
                .allMatch(event -> event.getType().startsWith("uk.earlyhelp.delivery."));
        FeedApi assessments = feed(Set.of(EventGroup.ASSESSMENTS), false);
        MockHttpServletResponse oneType = assessments.call(get(FeedApi.EVENTS)
                .param("type", "uk.earlyhelp.assessment.FamilyMemberAdded.v1"));
        assertThat(oneType.getStatus()).isEqualTo(200);
        assertThat(oneType.getContentType()).isEqualTo("application/cloudevents-batch+json");
        assertThat(oneType.getContentAsString()).contains("FamilyMemberAdded").doesNotContain("AssessmentStarted");
    }

    @Test
    void anEventWhoseIndexWasTakenEarlierButCommittedLaterIsStillDelivered() throws Exception {
        OutOfOrderCommits.neverSkipAnEventCommittedLate(feed(Set.of(EventGroup.values()), false), storage,
                transactions);
    }

    private FeedApi feed(Set<EventGroup> groups, boolean redacted) {
        return new FeedApi(mvc, clients.add("Test client " + UUID.randomUUID(), groups, redacted).token());
    }

    private String startAssessmentWithAFamily() {
        String id = "feed-" + UUID.randomUUID();
        CommandScript.commands(id).subList(0, 8).forEach(command -> commands.send(command, CommandScript.AUTHOR));
        return id;
    }
}
