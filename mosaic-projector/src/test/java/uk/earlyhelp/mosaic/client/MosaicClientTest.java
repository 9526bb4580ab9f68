package uk.earlyhelp.mosaic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.earlyhelp.mosaic.delivery.MosaicRefused;
import uk.earlyhelp.mosaic.delivery.MosaicUnavailable;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.mosaic.standin.StandInSettings;

/** The anti-corruption layer against the stand-in over real HTTP: what it sends, and how it reads every failure. */
class MosaicClientTest {

    private static final String KEY = "client-test-key";

    @TempDir
    Path storage;
    MosaicStandIn standIn;
    MosaicClient client;

    @BeforeEach
    void start() {
        standIn = MosaicStandIn.start(new StandInSettings(0, storage, "X-Api-Key", KEY));
        client = client(standIn.baseUri(), KEY, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void deliversTheWholeAssessmentAndReturnsMosaicsReference() throws Exception {
        String reference = client.deliver(ExampleAssessment.finished("a-1"));

        assertThat(standIn.store().find("a-1")).hasValueSatisfying(s -> assertThat(s.reference()).isEqualTo(reference));
        JsonNode sent = new ObjectMapper().readTree(standIn.store().body("a-1").orElseThrow());
        assertThat(sent.path("form").path("id").asText()).isEqualTo("early-help-assessment");
        assertThat(sent.path("form").path("version").asInt()).isEqualTo(1);
        assertThat(sent.path("submittedAt").asText()).isEqualTo("2026-01-05T10:15:30Z");
        assertThat(sent.path("familyMembers")).hasSize(2);
        assertThat(sent.path("familyMembers").get(0).path("dateOfBirth").asText()).isEqualTo("1990-05-09");
        assertThat(sent.path("familyMembers").get(0).path("relationship").path("label").asText()).isEqualTo("Mother");
        JsonNode unborn = sent.path("familyMembers").get(1);
        assertThat(unborn.path("expectedDateOfDelivery").asText()).isEqualTo("2026-04-01");
        assertThat(unborn.has("dateOfBirth")).isFalse();
        assertThat(sent.path("sections")).extracting(section -> section.path("id").asText()).containsExactly(
                "family-details", "assessment", "action-plan", "consent", "presenting-needs", "outcome",
                "your-details", "key-person");
        JsonNode needs = sent.path("sections").get(4).path("answers").get(0);
        assertThat(needs.path("labels")).extracting(JsonNode::asText)
                .containsExactly("Housing or homelessness", "Parenting or boundaries");
        JsonNode action = sent.path("actionPlan").get(0);
        assertThat(action.path("familiesFirstIndicator").path("label").asText()).isEqualTo("Secure housing");
        assertThat(action.path("familyMemberIds")).extracting(JsonNode::asText).containsExactly("m1");
        JsonNode actionRow = sent.path("sections").get(2).path("table").path("rows").get(0).path("answers");
        assertThat(actionRow.findValues("labels")).anySatisfy(labels -> assertThat(labels.get(0).asText())
                .isEqualTo("Mary Smith"));
        assertThat(sent.path("practitioner").path("accountId").asText()).isEqualTo("practitioner-7");
        assertThat(sent.path("practitioner").path("organisation").asText()).isEqualTo("Riverside Primary School");
        assertThat(sent.path("keyPerson").path("practitionerIsKeyPerson").asBoolean()).isTrue();
        assertThat(sent.path("keyPerson").path("name").asText()).isEqualTo("Łukasz Nowak");
    }

    @Test
    void namesAKeyPersonOtherThanThePractitioner() throws Exception {
        client.deliver(ExampleAssessment.finished("a-2", Map.of("isKeyPerson", List.of("no"),
                "keyPersonName", List.of("Ann Jones"), "keyPersonRole", List.of("Social worker"))));

        JsonNode keyPerson = new ObjectMapper().readTree(standIn.store().body("a-2").orElseThrow()).path("keyPerson");
        assertThat(keyPerson.path("practitionerIsKeyPerson").asBoolean()).isFalse();
        assertThat(keyPerson.path("name").asText()).isEqualTo("Ann Jones");
        assertThat(keyPerson.path("role").asText()).isEqualTo("Social worker");
    }

    @Test
    void deliveringAgainReturnsTheSameReference() {
        String first = client.deliver(ExampleAssessment.finished("a-1"));

        assertThat(client.deliver(ExampleAssessment.finished("a-1"))).isEqualTo(first);
        assertThat(standIn.store().all()).hasSize(1);
    }

    @Test
    void anUnreachableMosaicIsWorthRetrying() {
        URI nowhere = standIn.baseUri();
        standIn.close();
        standIn = MosaicStandIn.start(new StandInSettings(0, storage, "X-Api-Key", KEY)); // for stop()

        assertThatThrownBy(() -> client(nowhere, KEY, Duration.ofSeconds(5)).deliver(ExampleAssessment.finished("a-1")))
                .isInstanceOf(MosaicUnavailable.class).hasMessage("Mosaic could not be reached (connection refused)");
    }

    @Test
    void aServerErrorIsWorthRetrying() {
        standIn.behave(StandInBehaviour.unavailable());

        assertThatThrownBy(() -> client.deliver(ExampleAssessment.finished("a-1")))
                .isInstanceOf(MosaicUnavailable.class).hasMessage("Mosaic answered HTTP 503");
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsWorthRetrying() {
        standIn.behave(StandInBehaviour.timeout());
        MosaicClient impatient = client(standIn.baseUri(), KEY, Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.deliver(ExampleAssessment.finished("a-1")))
                .isInstanceOf(MosaicUnavailable.class).hasMessage("Mosaic did not answer within 300 ms");
    }

    @Test
    void aRefusalIsNotRetriedAndNamesOnlyMosaicsErrorCode() {
        standIn.behave(StandInBehaviour.reject());

        assertThatThrownBy(() -> client.deliver(ExampleAssessment.finished("a-1")))
                .isInstanceOf(MosaicRefused.class).hasMessage("Mosaic refused the submission: HTTP 400 (REJECTED)");
    }

    @Test
    void aWrongApiKeyIsARefusal() {
        assertThatThrownBy(() -> client(standIn.baseUri(), "wrong", Duration.ofSeconds(5))
                .deliver(ExampleAssessment.finished("a-1")))
                .isInstanceOf(MosaicRefused.class).hasMessage("Mosaic refused the submission: HTTP 401 (UNAUTHORISED)");
    }

    private static MosaicClient client(URI baseUrl, String key, Duration readTimeout) {
        return new MosaicClient(baseUrl, new MosaicClientProperties(baseUrl,
                new MosaicClientProperties.ApiKey("X-Api-Key", key), Duration.ofSeconds(2), readTimeout,
                new MosaicClientProperties.Tls(null, null, "PKCS12", null, null, "PKCS12")));
    }
}
