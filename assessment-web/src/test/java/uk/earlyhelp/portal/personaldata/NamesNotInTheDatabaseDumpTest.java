package uk.earlyhelp.portal.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.assessment.Assessment;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.wizard.TypedAnswers;

/**
 * Names typed into a whole assessment journey (a family member, the consent, free text), finished and snapshotted,
 * are nowhere in the event store's rows of an H2 {@code SCRIPT} dump: neither as text nor as the hex H2 writes binary
 * columns in. The read models that still hold them in plaintext are listed, and the test fails if any other does.
 */
class NamesNotInTheDatabaseDumpTest extends PortalWebTest {

    private static final Pattern ROW_ID = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"");
    /** Read models that keep typed answers in plaintext today (ADR 0026, "Left"): a finding, not a design. */
    private static final Set<String> KNOWN_PLAINTEXT_READ_MODELS = Set.of("AUDIT_ASSESSMENT",
            "AUDIT_ASSESSMENT_MEMBER", "MY_ASSESSMENT", "MY_ASSESSMENT_FAMILY_MEMBER");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    EventStorageEngine eventStore;

    @Test
    void namesTypedIntoAJourneyAreNotInTheEventStoreOfADump() throws Exception {
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT);
        String member = "Zephyrine Q" + suffix + "llfeather";
        String consenter = "Ottoline V" + suffix + "rmwood";
        String id = start();
        String base = "/assessments/" + id;
        String memberId = rowId(base + "/tables/family-members/rows/new");
        String[] mary = TypedAnswers.mary(memberId);
        mary[3] = member;
        submit(base + "/tables/family-members/rows/new", mary);
        submit(base + "/sections/consent", "agreedBy", consenter, "agreedByRelationship", "Aunt of " + member);
        submit(base + "/finish");
        snapshotter.scheduleSnapshot(Assessment.class, id);

        // The portal still reads the names back: sealing is invisible to the domain.
        assertThat(eventStore.readEvents(id).asStream().map(event -> event.getPayload())
                .filter(FamilyMemberAdded.class::isInstance).map(FamilyMemberAdded.class::cast)
                .map(added -> added.details().get("name").get(0))).containsExactly(member);
        assertThat(eventStore.readSnapshot(id)).isPresent();

        String dump = String.join("\n", jdbc.queryForList("script", String.class));
        Set<String> tablesWithNames = new TreeSet<>();
        String table = "";
        for (String line : dump.split("\n")) {
            Matcher insert = Pattern.compile("INSERT INTO \"PUBLIC\".\"([A-Z_0-9]+)\"").matcher(line);
            if (insert.find()) {
                table = insert.group(1);
            }
            if (contains(line, member) || contains(line, consenter)) {
                tablesWithNames.add(table);
            }
        }
        // Control: the same search finds the assessment's id, in clear text and inside the event store's hex payloads.
        assertThat(containsHex(dump, id)).as("hex search finds the clear assessment id").isTrue();
        assertThat(tablesWithNames).as("tables of the dump holding a typed name")
                .doesNotContain("DOMAIN_EVENT_ENTRY", "SNAPSHOT_EVENT_ENTRY")
                .isSubsetOf(KNOWN_PLAINTEXT_READ_MODELS);
    }

    private static boolean contains(String line, String name) {
        return line.contains(name) || containsHex(line, name);
    }

    private static boolean containsHex(String text, String value) {
        return text.toLowerCase(Locale.ROOT).contains(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
    }

    private String start() throws Exception {
        return mvc.perform(post("/assessments").param("formId", "early-help-assessment").with(signedInAs(PRACTITIONER))
                .with(csrf())).andReturn().getResponse().getRedirectedUrl().substring("/assessments/".length());
    }

    private void submit(String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(signedInAs(PRACTITIONER)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request);
    }

    private String rowId(String newRowPage) throws Exception {
        Matcher matcher = ROW_ID.matcher(mvc.perform(get(newRowPage).with(signedInAs(PRACTITIONER))).andReturn()
                .getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
