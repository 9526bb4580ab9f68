package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;

/**
 * Finding 1 of the security review: the vertical tab Word pastes for Shift+Enter (and NUL, and other characters XML
 * 1.0 cannot hold) stopped the PDF (500) and parked the Mosaic delivery for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mosaic.delivery.enabled=true", "mosaic.stand-in.enabled=true"})
class InvisibleCharactersTest extends PdfTest {

    @Autowired
    EventStorageEngine eventStore;
    @Autowired
    MosaicStandIn standIn;

    @Test
    void aVerticalTabPastedFromWordIsSavedAsALineBreakAndTheAssessmentPrints() throws Exception {
        String id = create(AssessmentScript::draft);

        mvc.perform(post("/assessments/" + id + "/sections/outcome").with(signedInAs(PRACTITIONER)).with(csrf())
                .param("outcome", "team-around-family").param("outcomeReason", "Pasted from Word\u000Bsecond line\u0000"));

        assertThat(lastEvent(id)).isEqualTo(new SectionSaved(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                "outcomeReason", List.of("Pasted from Word\nsecond line"))));
        assertThat(text(pdf(id))).contains("Pasted from Word", "second line");
    }

    @Test
    void anAssessmentStoredWithInvisibleCharactersBeforeTheRuleStillPrintsAndIsDelivered() throws Exception {
        String id = UUID.randomUUID().toString();
        List<Object> script = new ArrayList<>(new AssessmentScript(id, accountIdOf(PRACTITIONER)).draft());
        // Old data: saved straight through the domain, as the portal accepted it before the boundary cleaned it.
        script.add(new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                "outcomeReason", List.of("Word\u000Bline\u0000 lone \uD800 end \uFFFF\u0007"))));
        script.forEach(command -> commands.send(command, accountIdOf(PRACTITIONER)));

        assertThat(text(pdf(id))).contains("Word", "lone", "end");

        commands.send(new FinishAssessment(id), accountIdOf(PRACTITIONER));
        DeliveredBody body = new DeliveredBody(standIn, id, Duration.ofSeconds(30));
        assertThat(body.strings()).contains("Word\nline lone \uFFFD end ").allSatisfy(value ->
                assertThat(uk.earlyhelp.assessment.form.TypedText.clean(value)).isEqualTo(value));
        assertThat(body.hasDocument()).as("the PDF delivered with it").isTrue();
    }

    private Object lastEvent(String id) {
        List<Object> events = eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
        return events.get(events.size() - 1);
    }
}
