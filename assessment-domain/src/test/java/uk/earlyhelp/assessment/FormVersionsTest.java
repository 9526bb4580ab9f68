package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitionReader;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * A council publishes version 2 of the form, where the outcome reason is limited to 100 characters.
 * New assessments take version 2; one started on version 1 keeps version 1's rules.
 */
class FormVersionsTest {

    private static final MetaData AS_AUTHOR = MetaData.with(ActingUser.METADATA_KEY, "p1");
    private static final String LONG_REASON = "r".repeat(500);

    private final AggregateTestFixture<Assessment> fixture = new AggregateTestFixture<>(Assessment.class);

    FormVersionsTest() throws IOException {
        FormDefinitionReader reader = new FormDefinitionReader();
        FormDefinition v1 = reader.readResource("forms/early-help-assessment-v1.yaml");
        String v2Yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/early-help-assessment-v1.yaml")) {
            v2Yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("version: 1", "version: 2")
                    .replace("{ id: outcomeReason, label: Reason for this outcome, type: text, maxLength: 4000",
                            "{ id: outcomeReason, label: Reason for this outcome, type: text, maxLength: 100");
        }
        FormDefinition v2 = reader.read("v2", new ByteArrayInputStream(v2Yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(v2.section("outcome").orElseThrow().field("outcomeReason").maxLength()).isEqualTo(100);
        fixture.registerInjectableResource(new FormDefinitions(List.of(v1, v2)));
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aNewAssessmentStartsOnTheNewestVersionOfItsForm() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment("a1", "early-help-assessment", "p1"), AS_AUTHOR)
                .expectEvents(new AssessmentStarted("a1", "early-help-assessment", 2, "p1"));
    }

    @Test
    void anAssessmentStartedOnVersionOneKeepsVersionOnesLimits() {
        fixture.given(new AssessmentStarted("a1", "early-help-assessment", 1, "p1"))
                .when(new SaveSection("a1", "outcome", Map.of("outcomeReason", List.of(LONG_REASON))), AS_AUTHOR)
                .expectEvents(new SectionSaved("a1", "outcome", Map.of("outcomeReason", List.of(LONG_REASON))));
    }

    @Test
    void anAssessmentStartedOnVersionTwoHasVersionTwosLimits() {
        fixture.given(new AssessmentStarted("a1", "early-help-assessment", 2, "p1"))
                .when(new SaveSection("a1", "outcome", Map.of("outcomeReason", List.of(LONG_REASON))), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
    }
}
