package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.RecordMosaicDelivery;

/** A draft says so on every page; a submitted assessment says when, and under which Mosaic reference once known. */
class DraftAndSubmittedTest extends PdfTest {

    private static final String DRAFT = "DRAFT – not submitted";

    @Autowired
    EventStore eventStore;

    @Test
    void aDraftIsMarkedAsADraftOnEveryPage() throws Exception {
        String id = create(script -> script.members(10).actions(6).narratives(4000).draft());

        List<String> pages = pages(pdf(id));

        assertThat(pages).hasSizeGreaterThan(5).allSatisfy(page -> assertThat(page).contains(DRAFT));
        assertThat(pages.get(0)).contains("Draft: this assessment has not been submitted.").doesNotContain("Submitted on");
    }

    @Test
    void aSubmittedAssessmentShowsWhenItWasSubmittedAndItsMosaicReferenceOnceKnown() throws Exception {
        String id = create(AssessmentScript::finished);
        String submitted = eventStore.readEvents(id).asStream()
                .filter(event -> event.getPayload() instanceof AssessmentFinished)
                .map(DomainEventMessage::getTimestamp).findFirst().orElseThrow()
                .atZone(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm"));

        List<String> beforeMosaic = pages(pdf(id));
        commands.send(new RecordMosaicDelivery(id, "MOSAIC-STEP-4711"), "mosaic-projector");
        List<String> afterMosaic = pages(pdf(id));

        assertThat(beforeMosaic.get(0)).contains("Submitted on " + submitted + ".", "Not yet received by Mosaic.")
                .doesNotContain("Mosaic reference");
        assertThat(afterMosaic.get(0)).contains("Submitted on " + submitted + ".", "Mosaic reference: MOSAIC-STEP-4711")
                .doesNotContain("Not yet received by Mosaic.");
        assertThat(beforeMosaic).allSatisfy(page -> assertThat(page).doesNotContain("DRAFT", "Draft"));
        assertThat(afterMosaic).allSatisfy(page -> assertThat(page).contains("Early Help Assessment – Portal – submitted"));
    }
}
