package uk.earlyhelp.feed.cloudevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.LinkRequested;

/** Every published event type through the mapping, in full and redacted. */
class CloudEventMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-12-03T09:30:00Z");
    private final CloudEventMapping mapping = new CloudEventMapping("/early-help-portal/");

    static Stream<Object> samples() {
        return SamplePayloads.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventBecomesACloudEventWithItsIdTypeSubjectTimeAndPayload(Object payload) throws IOException {
        EventMessage<?> event = event(payload);
        PublishedType type = PublishedTypes.ofPayload(payload.getClass()).orElseThrow();

        CloudEvent cloudEvent = mapping.map(event, false, "cursor-1").orElseThrow();

        assertThat(cloudEvent.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(cloudEvent.getId()).isEqualTo(event.getIdentifier());
        assertThat(cloudEvent.getType()).isEqualTo(type.type());
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/early-help-portal/" + type.group().code()));
        assertThat(cloudEvent.getSubject()).isIn(SamplePayloads.ASSESSMENT, SamplePayloads.CHILD, SamplePayloads.LINK);
        assertThat(cloudEvent.getTime()).isEqualTo(OffsetDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneOffset.UTC));
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(cloudEvent.getExtension(CloudEventMapping.CURSOR_EXTENSION)).isEqualTo("cursor-1");
        assertThat(data(cloudEvent)).isEqualTo(JSON.valueToTree(payload));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aRedactedEventKeepsItsIdsButNoPersonalDataInAnyByte(Object payload) throws IOException {
        CloudEvent redacted = mapping.map(event(payload), true, null).orElseThrow();
        String written = new String(EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE)
                .serialize(redacted), StandardCharsets.UTF_8);

        assertThat(SamplePayloads.PERSONAL).noneMatch(written::contains);
        assertThat(fieldNames(data(redacted))).containsExactlyElementsOf(fieldNames(JSON.valueToTree(payload)));
        assertThat(written).contains(redacted.getSubject());
    }

    @Test
    void redactionReplacesNamesDatesOfBirthAndFreeTextButKeepsIdsCodesAndFieldNames() throws IOException {
        JsonNode child = data(mapping.map(event(SamplePayloads.all().stream()
                .filter(ChildRecorded.class::isInstance).findFirst().orElseThrow()), true, null).orElseThrow());
        assertThat(child.at("/details/firstName").asText()).isEqualTo("[redacted]");
        assertThat(child.at("/details/dateOfBirth").asText()).isEqualTo("[redacted]");
        assertThat(child.at("/details/mosaicPersonReference").asText()).isEqualTo("MOS-12345");
        assertThat(child.path("childId").asText()).isEqualTo(SamplePayloads.CHILD);
        assertThat(child.path("locality").asText()).isEqualTo("North");
        assertThat(child.path("source").asText()).isEqualTo("ASSESSMENT_FAMILY_MEMBER");

        JsonNode section = data(mapping.map(event(new SectionSaved(SamplePayloads.ASSESSMENT, "family-story",
                Map.of("worries", List.of("Worried about sleep", "")))), true, null).orElseThrow());
        assertThat(section.at("/answers/worries")).isEqualTo(JSON.readTree("[\"[redacted]\", \"\"]"));
        assertThat(section.path("sectionId").asText()).isEqualTo("family-story");

        JsonNode request = data(mapping.map(event(SamplePayloads.all().stream()
                .filter(LinkRequested.class::isInstance).findFirst().orElseThrow()), true, null).orElseThrow());
        assertThat(request.path("reason").asText()).isEqualTo("[redacted]");
        assertThat(request.at("/child/lastName").asText()).isEqualTo("[redacted]");
        assertThat(request.path("linkId").asText()).isEqualTo(SamplePayloads.LINK);
    }

    @Test
    void anAssessmentsAuthorIsAnEmailAddressSoItIsRedactedButTheFormVersionStays() throws IOException {
        JsonNode started = data(mapping.map(event(new AssessmentStarted(SamplePayloads.ASSESSMENT,
                "early-help-assessment", 3, SamplePayloads.AUTHOR_EMAIL)), true, null).orElseThrow());
        assertThat(started.path("authorId").asText()).isEqualTo("[redacted]");
        assertThat(started.path("formVersion").asInt()).isEqualTo(3);
        assertThat(started.path("formId").asText()).isEqualTo("early-help-assessment");
    }

    @Test
    void anEventThatIsNotPublishedIsLeftOut() {
        assertThat(mapping.map(event("not an event"), false, null)).isEmpty();
    }

    private static EventMessage<?> event(Object payload) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.emptyInstance(), AT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode data(CloudEvent event) throws IOException {
        return JSON.readTree(event.getData().toBytes());
    }
}
