package uk.earlyhelp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.access.AccessLogEntry;

/**
 * The auditor's timeline is the event store's own record, in plain words: who (the account's name, role and
 * organisation), when to the second in Europe/London, what (labels, not codes), the correlation id; a revision-1
 * event through its upcaster; the assessment as it stood after any event, on screen and as a PDF; each read logged.
 */
class AssessmentTimelineTest extends PortalWebTest {

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessLog accessLog;

    private String page(String path) throws Exception {
        return AuditorPages.page(mvc, signedInAs(AuditPagesAccessTest.AUDITOR), path);
    }

    @Test
    void everyStoredEventIsListedInPlainWordsWithWhoWhenAndTheRequest() throws Exception {
        String id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
        AuditedAssessments.failedDeliveryOfRevision1(id, storageEngine, transactions, jdbc);

        String timeline = page(AuditPaths.assessment(id));

        assertThat(timeline).contains("Started the assessment (Early Help Assessment – Portal, version 1)",
                "Added family member Mary Smith", "'Relationship': 'Mother'", "'Ethnicity': 'White British'",
                "Added family member Unborn Smith",
                "Changed family member Mary Smith",
                "Changed 'Nursery, school, college or place of work' from 'Not currently working' to 'Part-time at the bakery'",
                "Saved 'Consent arrangements'", "Answered 'How they agreed': 'Written'",
                "Submitted",
                "Delivery failed: " + AuditedAssessments.REVISION_1_REASON + " (retrying automatically)",
                "The portal (delivery into Mosaic)")
                .doesNotContain("white-british", "'mother'");
        assertThat(timeline).contains("Practitioner");
        assertThat(count(timeline, "<tr class=\"govuk-table__row\" id=\"event-")).isEqualTo(14);
        // To the second: dd/mm/yyyy hh:mm:ss.
        assertThat(timeline).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        // The correlation id of the start is shown, as stored in the event's metadata.
        String correlation = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 0", (rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8), id);
        Matcher stored = Pattern.compile("\"correlationId\":\"([^\"]+)\"").matcher(correlation);
        assertThat(stored.find()).isTrue();
        assertThat(timeline).contains(stored.group(1));

        List<AccessLogEntry> logged = accessLog.newestFirst(0, 5);
        assertThat(logged).anySatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(accountIdOf(AuditPagesAccessTest.AUDITOR));
            assertThat(entry.what()).isEqualTo("ASSESSMENT_TIMELINE");
            assertThat(entry.target()).isEqualTo(id);
        });
    }

    @Test
    void theAssessmentAsItStoodAfterAnEventShowsWhatItHeldThenAndNothingLater() throws Exception {
        String id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));

        String third = page(AuditPaths.asAt(id, 3));
        assertThat(third).containsPattern("As at \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}, after event 3 of 13")
                .contains("Mary Smith", "Unborn Smith", "Not currently working", "Draft")
                .doesNotContain("Part-time at the bakery", "Team Around the Family");
        String last = page(AuditPaths.asAt(id, 13));
        assertThat(last).contains("after event 13 of 13", "Part-time at the bakery", "Submitted");
    }

    @Test
    void thePdfOfAMomentSaysSoOnEveryPage() throws Exception {
        String id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
        var response = mvc.perform(get(AuditPaths.asAtPdf(id, 12)).with(signedInAs(AuditPagesAccessTest.AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper text = new PDFTextStripper();
            for (int pageNumber = 1; pageNumber <= pdf.getNumberOfPages(); pageNumber++) {
                text.setStartPage(pageNumber);
                text.setEndPage(pageNumber);
                assertThat(text.getText(pdf)).as("page " + pageNumber).contains("after event 12 of 13");
            }
        }
    }

    @Test
    void aDeletedDraftsHistoryEndsWithItsDeletionAndItsLastMomentIsMarkedDeleted() throws Exception {
        String id = "deleted-" + java.util.UUID.randomUUID();
        commands.send(new uk.earlyhelp.assessment.api.StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        commands.send(new uk.earlyhelp.assessment.api.AddFamilyMember(id, "m1", java.util.Map.of("name", List.of("Nia Deleted"),
                "dateOfBirth", List.of("2018-01-01"), "gender", List.of("female"), "relationship", List.of("subject-child"),
                "ethnicity", List.of("white-british"))), PRACTITIONER);
        commands.send(new uk.earlyhelp.assessment.api.DeleteAssessment(id), PRACTITIONER);

        assertThat(page(AuditPaths.assessment(id))).contains("Added family member Nia Deleted", "Deleted the draft");
        assertThat(page(AuditPaths.asAt(id, 3))).contains("after event 3 of 3", "Nia Deleted", "Deleted");
        assertThat(page(AuditPaths.asAt(id, 2))).contains("Draft").doesNotContain("govuk-tag--red");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
