package uk.earlyhelp.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * Events name people by account id, never by email address (ADR 0009, 0032). On a store of its own (a fresh H2 file,
 * so nothing another test wrote is in it), the demo's full journeys (started, filled, finished, delivered to the Mosaic
 * stand-in, and a draft deleted) and a practitioner's own journey through the pages (start, save, read back) leave not
 * one email address in any byte of any stored event's or snapshot's payload or metadata. The one exception is what a
 * practitioner types into the form's own email fields: that is the assessment's content (issue 15 encrypts it), not
 * the naming of who acted, and is cut out of a {@link SectionSaved}'s answers before the scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.audit.demo-assessments=true")
class NoEmailAddressInTheEventStoreTest extends PortalWebTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final List<String> TYPED_EMAIL_FIELDS = List.of("email", "keyPersonEmail");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterFullJourneysNoStoredEventOrSnapshotHoldsAnEmailAddress() throws Exception {
        RequestPostProcessor practitioner = signedInAs(PRACTITIONER);
        String location = mvc.perform(post("/assessments").param("formId", "early-help-assessment").with(practitioner)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/sections/presenting-needs").param("presentingNeeds", "housing")
                .with(practitioner).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(practitioner)).andExpect(status().isOk());

        List<String> found = new ArrayList<>();
        int rows = scan("domain_event_entry", found) + scan("snapshot_event_entry", found);

        assertThat(rows).as("events scanned").isGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%AssessmentStarted'",
                Integer.class)).as("assessments started").isGreaterThanOrEqualTo(3);
        assertThat(found).isEmpty();
    }

    private int scan(String table, List<String> found) {
        List<int[]> counted = new ArrayList<>();
        jdbc.query("select sequence_number, payload_type, payload, meta_data from " + table, row -> {
            counted.add(new int[0]);
            String where = table + " event " + row.getLong(1) + " " + row.getString(2);
            String payload = withoutTypedEmails(row.getString(2), row.getBytes(3));
            byte[] metaData = row.getBytes(4);
            EMAIL.matcher(payload).results().forEach(hit -> found.add(where + " payload: " + hit.group()));
            if (metaData != null) {
                EMAIL.matcher(new String(metaData, StandardCharsets.UTF_8)).results()
                        .forEach(hit -> found.add(where + " metadata: " + hit.group()));
            }
        });
        return counted.size();
    }

    private static String withoutTypedEmails(String type, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        if (!SectionSaved.class.getName().equals(type)) {
            return text;
        }
        try {
            ObjectNode saved = (ObjectNode) JSON.readTree(payload);
            if (saved.get("answers") instanceof ObjectNode answers) {
                answers.remove(TYPED_EMAIL_FIELDS);
            }
            return JSON.writeValueAsString(saved);
        } catch (java.io.IOException notJson) {
            return text; // e.g. encrypted by issue 15: scanned as the bytes it is
        }
    }
}
