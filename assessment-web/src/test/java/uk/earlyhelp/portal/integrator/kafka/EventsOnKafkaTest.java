package uk.earlyhelp.portal.integrator.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.feed.cloudevent.PublishedTypes;
import uk.earlyhelp.feed.kafka.KafkaPublication;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * Events on Kafka against a real broker (KRaft, in this JVM): every event of a journey arrives in order per assessment
 * as a CloudEvent the SDK's Kafka deserializer reads; while the broker is down the portal goes on saving, and every
 * event saved meanwhile arrives once the broker is back; after the portal restarts publishing goes on with nothing
 * lost. One broker, one topic and one database for the class, and the portal started twice in all (a start is the
 * slow part on a loaded machine), so the tests run in order, each on assessments of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsOnKafkaTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private KafkaBroker broker;
    private String topic;
    private String database;
    private ConfigurableApplicationContext portal;

    @BeforeAll
    void startBrokerAndPortal() throws Exception {
        broker = KafkaBroker.start();
        topic = "early-help-portal.events";
        broker.createTopic(topic, 3);
        database = database();
        portal = start();
    }

    @AfterAll
    void stopPortalAndBroker() {
        if (portal != null) {
            portal.close();
        }
        broker.close();
    }

    @Test
    @Order(1)
    void everyEventOfAJourneyArrivesInOrderPerAssessmentAsACloudEventInBinaryMode() {
        assertThat(portal.getBean(EventProcessingConfiguration.class).deadLetterQueue(KafkaPublication.PROCESSING_GROUP))
                .as("the publisher keeps what it cannot publish, like every processing group").isPresent();
        List<String> journeys = List.of(journey(), journey());
        journeys.forEach(id -> save(id, CommandScript.commands(id)));

        Map<String, List<ConsumerRecord<String, CloudEvent>>> read = awaitEvents(journeys);

        ConsumerRecord<String, CloudEvent> started = read.get(journeys.get(0)).get(0);
        assertThat(started.value().getType()).isEqualTo("uk.earlyhelp.assessment.AssessmentStarted.v2");
        assertThat(started.value().getSubject()).isEqualTo(journeys.get(0));
        assertThat(started.value().getExtension("cursor")).as("the feed's cursor after this event").isNotNull();
        assertThat(started.headers().lastHeader("ce_id")).as("binary mode: attributes in headers").isNotNull();
        assertThat(new String(read.get(journeys.get(0)).get(1).value().getData().toBytes(), StandardCharsets.UTF_8))
                .as("redacted by default").contains("[redacted]").doesNotContain("Mary");
        System.out.printf("Kafka journey: %d repeated records%n", TopicReader.repeats(read));
    }

    @Test
    @Order(2)
    void duringABrokerOutageThePortalKeepsSavingAndEveryEventArrivesOnceTheBrokerIsBack() {
        String journey = journey();
        save(journey, CommandScript.commands(journey).subList(0, 2));
        awaitEvents(List.of(journey));

        broker.stop();
        long before = System.nanoTime();
        save(journey, CommandScript.commands(journey).subList(2, CommandScript.commands(journey).size()));
        Duration saving = Duration.ofNanos(System.nanoTime() - before);
        String savedDuringOutage = journey();
        save(savedDuringOutage, CommandScript.commands(savedDuringOutage));
        awaitAFailedBatch();
        broker.resume();

        Map<String, List<ConsumerRecord<String, CloudEvent>>> read = awaitEvents(List.of(journey, savedDuringOutage));
        System.out.printf("Kafka outage: %d saves took %d ms with the broker down; %d repeated records%n",
                CommandScript.commands(journey).size() - 2, saving.toMillis(), TopicReader.repeats(read));
        assertThat(saving).as("saves do not wait on the broker").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    @Order(3)
    void afterThePortalRestartsPublishingGoesOnWithNothingLost() {
        String journey = journey();
        List<Object> commands = CommandScript.commands(journey);
        save(journey, commands.subList(0, 8));
        portal.close();
        portal = start();
        save(journey, commands.subList(8, commands.size()));

        Map<String, List<ConsumerRecord<String, CloudEvent>>> read = awaitEvents(List.of(journey));
        System.out.printf("Kafka across a restart: %d records for %d events (%d repeated)%n",
                read.get(journey).size(), TopicReader.firstArrivals(read.get(journey)).size(),
                TopicReader.repeats(read));
    }

    /** The broker stays down until the publisher has seen a batch go unacknowledged (its retry path is taken). */
    private void awaitAFailedBatch() {
        FunctionCounter failedBatches = portal.getBean(MeterRegistry.class).get("ehp.kafka.failed.batches")
                .functionCounter();
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        while (failedBatches.count() == 0 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(200));
        }
        assertThat(failedBatches.count()).as("a batch failed while the broker was down (the metric)").isPositive();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Waits until the topic holds every published event of each journey, and checks they came in the store's order. */
    private Map<String, List<ConsumerRecord<String, CloudEvent>>> awaitEvents(List<String> journeys) {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        journeys.forEach(id -> stored.put(id, publishedIds(id)));
        Map<String, List<ConsumerRecord<String, CloudEvent>>> read =
                TopicReader.read(broker.bootstrapServers(), topic, stored, ARRIVAL);
        stored.forEach((id, ids) -> {
            assertThat(ids).isNotEmpty();
            assertThat(TopicReader.firstArrivals(read.get(id))).as("events of " + id + " in order").isEqualTo(ids);
        });
        return read;
    }

    private List<String> publishedIds(String aggregateId) {
        return portal.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .filter(event -> PublishedTypes.ofPayload(event.getPayloadType()).isPresent())
                .map(event -> event.getIdentifier()).toList();
    }

    private void save(String id, List<Object> commands) {
        ActingUserCommandGateway assessments = portal.getBean(ActingUserCommandGateway.class);
        commands.forEach(command -> assessments.send(command, CommandScript.AUTHOR));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(EarlyHelpPortalApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--ehp.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--ehp.kafka.topic=" + topic, "--ehp.kafka.mode=binary", "--ehp.kafka.request-timeout=2s",
                "--ehp.kafka.delivery-timeout=4s", "--ehp.kafka.max-block=2s");
    }

    private static String database() throws Exception {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-kafka-");
        return "jdbc:h2:file:" + directory.toAbsolutePath() + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
    }

    private static String journey() {
        return "kafka-" + UUID.randomUUID();
    }
}
