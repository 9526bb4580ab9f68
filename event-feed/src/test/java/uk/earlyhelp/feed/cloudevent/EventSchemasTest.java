package uk.earlyhelp.feed.cloudevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract in docs/integrators/schemas: one JSON Schema (2020-12) per published event type's {@code data}, and
 * what the feed sends, in full and redacted, validates against it. An event that gains a field without its schema
 * fails here.
 */
class EventSchemasTest {

    static final Path SCHEMAS = Path.of("..", "docs", "integrators", "schemas");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final CloudEventMapping mapping = new CloudEventMapping("/early-help-portal");

    static Stream<Object> samples() {
        return SamplePayloads.all().stream();
    }

    @Test
    void everyPublishedTypeHasASchemaAndEverySchemaAType() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(PublishedTypes.all().stream()
                            .map(type -> type.type() + ".json").toList());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whatTheFeedSendsValidatesAgainstItsSchemaInFullAndRedacted(Object payload) throws IOException {
        JsonSchema schema = schemaOf(payload);
        for (boolean redacted : List.of(false, true)) {
            JsonNode data = data(payload, redacted);
            assertThat(schema.validate(data)).as("%s redacted=%s", payload.getClass().getSimpleName(), redacted)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aPayloadMissingAFieldOrWithAnUnknownOneFailsItsSchema(Object payload) throws IOException {
        JsonSchema schema = schemaOf(payload);
        ObjectNode missing = (ObjectNode) data(payload, false);
        missing.remove(missing.fieldNames().next());
        ObjectNode extra = (ObjectNode) data(payload, false);
        extra.put("surprise", "x");

        Set<ValidationMessage> missingProblems = schema.validate(missing);
        assertThat(missingProblems).isNotEmpty();
        assertThat(schema.validate(extra)).isNotEmpty();
    }

    private static JsonSchema schemaOf(Object payload) throws IOException {
        String type = PublishedTypes.ofPayload(payload.getClass()).orElseThrow().type();
        return FACTORY.getSchema(JSON.readTree(SCHEMAS.resolve(type + ".json").toFile()));
    }

    private JsonNode data(Object payload, boolean redacted) throws IOException {
        return JSON.readTree(mapping.map(new GenericEventMessage<>(UUID.randomUUID().toString(), payload,
                MetaData.emptyInstance(), Instant.now()), redacted, null).orElseThrow().getData().toBytes());
    }
}
