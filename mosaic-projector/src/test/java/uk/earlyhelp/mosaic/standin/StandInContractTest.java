package uk.earlyhelp.mosaic.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery contract, spoken over real HTTP to the stand-in: what docs/mosaic-delivery-contract.md promises. */
class StandInContractTest {

    private static final String KEY = "test-key";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path storage;
    MosaicStandIn standIn;

    @BeforeEach
    void start() {
        standIn = MosaicStandIn.start(new StandInSettings(0, storage, "X-Api-Key", KEY));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void aNewSubmissionIsCreatedAndItsReferenceReturned() throws Exception {
        HttpResponse<String> response = post("a-1", body("a-1"), KEY);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(response.body());
        assertThat(receipt.path("submissionId").asText()).isEqualTo("a-1");
        assertThat(receipt.path("reference").asText()).matches("STEP-\\d{6}");
        assertThat(standIn.store().all()).hasSize(1);
    }

    @Test
    void aRepeatedPostWithTheSameKeyReturnsTheSameReferenceAndCreatesNothing() throws Exception {
        String first = json.readTree(post("a-1", body("a-1"), KEY).body()).path("reference").asText();

        HttpResponse<String> repeat = post("a-1", body("a-1"), KEY);

        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(json.readTree(repeat.body()).path("reference").asText()).isEqualTo(first);
        assertThat(standIn.store().all()).singleElement().satisfies(stored -> {
            assertThat(stored.reference()).isEqualTo(first);
            assertThat(stored.deliveries()).isEqualTo(2);
        });
    }

    @Test
    void whatItHoldsSurvivesARestart() throws Exception {
        String reference = json.readTree(post("a-1", body("a-1"), KEY).body()).path("reference").asText();
        standIn.close();
        standIn = MosaicStandIn.start(new StandInSettings(0, storage, "X-Api-Key", KEY));

        HttpResponse<String> repeat = post("a-1", body("a-1"), KEY);

        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(json.readTree(repeat.body()).path("reference").asText()).isEqualTo(reference);
        assertThat(json.readTree(post("a-2", body("a-2"), KEY).body()).path("reference").asText())
                .isNotEqualTo(reference);
    }

    @Test
    void aSubmissionCanBeLookedUpByItsId() throws Exception {
        String reference = json.readTree(post("a-1", body("a-1"), KEY).body()).path("reference").asText();

        HttpResponse<String> found = send(HttpRequest.newBuilder(standIn.baseUri().resolve("early-help-assessments/a-1"))
                .header("X-Api-Key", KEY).GET());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json.readTree(found.body()).path("reference").asText()).isEqualTo(reference);
        assertThat(send(HttpRequest.newBuilder(standIn.baseUri().resolve("early-help-assessments/a-9"))
                .header("X-Api-Key", KEY).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestWithoutTheApiKeyIsRefused() throws Exception {
        assertThat(post("a-1", body("a-1"), null).statusCode()).isEqualTo(401);
        assertThat(post("a-1", body("a-1"), "wrong").statusCode()).isEqualTo(401);
        assertThat(standIn.store().all()).isEmpty();
    }

    @Test
    void aSubmissionThatBreaksTheContractIsRefusedNamingTheFieldNotItsValue() throws Exception {
        HttpResponse<String> noKey = send(request(body("a-1"), KEY));
        HttpResponse<String> otherId = post("a-2", body("a-1"), KEY);
        HttpResponse<String> noFamily = post("a-1", body("a-1").replace("[{\"memberId\":\"m1\"}]", "[]"), KEY);

        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(otherId.statusCode()).isEqualTo(400);
        assertThat(json.readTree(otherId.body()).path("code").asText()).isEqualTo("INVALID_SUBMISSION");
        assertThat(noFamily.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noFamily.body()).path("message").asText()).contains("familyMembers");
        assertThat(standIn.store().all()).isEmpty();
    }

    @Test
    void canBeToldToBeUnavailableOrToRejectAndStoresNothingMeanwhile() throws Exception {
        standIn.behave(StandInBehaviour.unavailable());
        assertThat(post("a-1", body("a-1"), KEY).statusCode()).isEqualTo(503);

        standIn.behave(StandInBehaviour.reject());
        HttpResponse<String> rejected = post("a-1", body("a-1"), KEY);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(json.readTree(rejected.body()).path("code").asText()).isEqualTo("REJECTED");

        assertThat(standIn.store().all()).isEmpty();
        assertThat(standIn.postsReceived()).isEqualTo(2);
    }

    @Test
    void canBeToldToBeSlowOrToTimeOutOverHttp() throws Exception {
        HttpResponse<String> set = send(HttpRequest.newBuilder(standIn.baseUri().resolve("stand-in/behaviour"))
                .header("X-Api-Key", KEY)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"SLOW\",\"delayMillis\":300}")));
        assertThat(set.statusCode()).isEqualTo(200);

        long started = System.nanoTime();
        assertThat(post("a-1", body("a-1"), KEY).statusCode()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        standIn.behave(new StandInBehaviour(StandInBehaviour.Mode.TIMEOUT, Duration.ofSeconds(30)));
        HttpRequest hanging = request(body("a-2"), KEY).header("Idempotency-Key", "a-2")
                .timeout(Duration.ofMillis(300)).build();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> http.send(hanging, HttpResponse.BodyHandlers.ofString())))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(standIn.store().find("a-2")).isEmpty();

        JsonNode held = json.readTree(send(HttpRequest.newBuilder(standIn.baseUri().resolve("stand-in/submissions"))
                .header("X-Api-Key", KEY).GET()).body());
        assertThat(held.path("submissions")).hasSize(1);
    }

    private HttpResponse<String> post(String key, String body, String apiKey) throws IOException, InterruptedException {
        return send(request(body, apiKey).header("Idempotency-Key", key));
    }

    private HttpRequest.Builder request(String body, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(standIn.baseUri().resolve("early-help-assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return apiKey == null ? request : request.header("X-Api-Key", apiKey);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String id) {
        return """
                {"submissionId":"%s","form":{"id":"early-help-assessment","version":1},
                 "familyMembers":[{"memberId":"m1"}],"sections":[],"actionPlan":[],
                 "practitioner":{},"keyPerson":{"practitionerIsKeyPerson":true}}""".formatted(id).replace("\n", "");
    }
}
