package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.client.IssuedToken;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.feed.webhook.ParkedDelivery;
import uk.earlyhelp.feed.webhook.Webhook;
import uk.earlyhelp.feed.webhook.WebhookDispatcher;
import uk.earlyhelp.feed.webhook.WebhookAddress;
import uk.earlyhelp.feed.webhook.Webhooks;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;
import uk.earlyhelp.portal.mosaic.Eventually;
import uk.earlyhelp.portal.integrator.WebhookReceiver.Answer;

/**
 * Webhooks against real HTTP endpoints that fail, time out and recover: every request signed (verified by the
 * receiver), each event delivered in order, a parked subject waits for an administrator's retry, and a failing
 * endpoint holds up no other client. Short waits here (first retry after 100 ms, three attempts, 1 s time-out).
 */
@TestPropertySource(properties = {"portal.integrators.webhooks.max-attempts=3",
        "portal.integrators.webhooks.first-delay=100ms", "portal.integrators.webhooks.max-delay=400ms",
        "portal.integrators.webhooks.timeout=1s", "portal.integrators.webhooks.allow-loopback-http=true"})
class WebhookDeliveryTest extends PortalWebTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    IntegratorClients clients;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    Webhooks webhooks;
    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void eventsArriveSignedAndInOrderThroughFailuresTimeOutsAndRecovery() throws Exception {
        try (WebhookReceiver flaky = new WebhookReceiver(); WebhookReceiver healthy = new WebhookReceiver()) {
            IssuedToken client = subscribe(flaky);
            IssuedToken other = subscribe(healthy);
            FeedApi feed = new FeedApi(mvc, client.token());
            String before = feed.readToTheEnd(null, 1000).next();

            flaky.script(Answer.FAIL, Answer.TOO_SLOW);
            String first = startAssessment();
            List<String> expected = idsOf(feed.readToTheEnd(before, 1000).events(), first);
            Eventually.until(LIMIT, () -> flaky.accepted().containsAll(expected), () -> "delivered " + expected);

            assertThat(flaky.accepted()).containsExactlyElementsOf(expected);
            assertThat(flaky.received()).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(flaky.received().subList(0, 3)).extracting(WebhookReceiver.Received::id)
                    .as("the same message id on every attempt").containsOnly(expected.get(0));
            Eventually.until(LIMIT, () -> healthy.accepted().containsAll(expected), () -> "the other client's");

            flaky.otherwise(Answer.FAIL);
            String second = startAssessment();
            List<String> parkedIds = idsOf(feed.readToTheEnd(before, 1000).events(), second);
            Eventually.until(LIMIT, () -> parked(client).size() == parkedIds.size(), () -> "all parked");
            Eventually.until(LIMIT, () -> healthy.accepted().containsAll(parkedIds),
                    () -> "a failing endpoint held up another client");
            assertThat(parked(client)).extracting(ParkedDelivery::eventId).containsExactlyElementsOf(parkedIds);
            assertThat(parked(client).get(0).lastError()).isEqualTo("The endpoint answered HTTP 500");
            assertThat(parked(client).get(1).lastError()).startsWith("Waiting behind");

            flaky.otherwise(Answer.ACCEPT);
            assertThat(dispatcher.retry(client.client().id(), second)).isEqualTo(parkedIds.size());
            assertThat(parked(client)).isEmpty();
            assertThat(flaky.accepted()).endsWith(parkedIds.toArray(String[]::new)).doesNotHaveDuplicates();
            // Their workers end: this portal stays cached for other tests.
            clients.revoke(client.client().id());
            clients.revoke(other.client().id());
        }
    }

    @Test
    void aWebhookMustBeHttpsExceptToThisMachine() {
        assertThat(WebhookAddress.check("https://hooks.example.org/x", false)).isPresent();
        assertThat(WebhookAddress.check("http://hooks.example.org/x", true)).isEmpty();
        assertThat(WebhookAddress.check("http://127.0.0.1:9/x", true)).isPresent();
        assertThat(WebhookAddress.check("http://127.0.0.1:9/x", false)).isEmpty();
        assertThat(WebhookAddress.check("ftp://a/b", true)).isEmpty();
    }

    private IssuedToken subscribe(WebhookReceiver receiver) {
        IssuedToken issued = clients.add("Webhook client " + UUID.randomUUID(), Set.of(EventGroup.ASSESSMENTS), false);
        Webhook webhook = dispatcher.register(issued.client(), receiver.url());
        receiver.verifyWith(webhook.secret());
        return issued;
    }

    private List<ParkedDelivery> parked(IssuedToken client) {
        return webhooks.parked(client.client().id());
    }

    private String startAssessment() {
        String id = "hook-" + UUID.randomUUID();
        CommandScript.commands(id).subList(0, 6).forEach(command -> commands.send(command, CommandScript.AUTHOR));
        return id;
    }

    private static List<String> idsOf(List<CloudEvent> events, String subject) {
        List<String> ids = events.stream().filter(event -> subject.equals(event.getSubject())).map(CloudEvent::getId)
                .toList();
        assertThat(ids).hasSize(5);
        return ids;
    }
}
