package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * Acceptance 1 (CSV extract): good rows become child records of the coordinator's locality, bad rows are reported by
 * line, and importing the same file again adds nobody twice; a row whose details differ from the record's changes
 * them, a row that matches changes nothing, and the report says which line did what.
 */
class CsvImportTest extends RelationshipWebTest {

    static final String HEADER = "First name,Last name,Date of birth,Address,Phone,Email,Mosaic person reference,Involved workers\r\n";

    @Test
    void goodRowsAreImportedBadRowsReportedByLineAndASecondImportAddsNobody() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "\uFEFF" + HEADER
                + "Tom,Csv" + run + ",14/03/2019,\"1 High Street,\r\nNorthtown\",01632 960123,,A" + run + ",Ann Jones (HV)\r\n"
                + "Amy,Csv" + run + ",2019-03-14,,,,B" + run + ",\r\n"
                + "Zoë,Csv" + run + ",01/12/2099,,,,C" + run + ",\r\n"
                + "Ben,Csv" + run + ",1/2/2020,,,,D" + run + ",\r\n";

        // Tom's quoted address spans lines 2 and 3, so Amy is on line 4: lines as a text editor numbers them.
        MockHttpServletResponse first = upload(csv);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("Child records added: 2", "Child records changed: 0",
                "Rows already held as they are (nothing changed): 0", "Rows not imported: 2");
        assertThat(lines(first, "added")).isEqualTo("Lines 2, 6");
        assertThat(problems(first)).containsExactly("4: Date of birth must be a date like 14/03/2019",
                "5: Date of birth must be today or in the past");

        String tom = ChildRecords.childId("North", details("A" + run), null, null);
        String coordinatorId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        assertThat(events(tom)).containsExactly(new ChildRecorded(tom, "North", new ChildDetails("Tom", "Csv" + run,
                "2019-03-14", "1 High Street,\nNorthtown", "01632 960123", "", "A" + run, "Ann Jones (HV)"),
                ChildSource.CSV_IMPORT, "", "", coordinatorId));

        MockHttpServletResponse again = upload(csv);
        assertThat(again.getContentAsString()).contains("Child records added: 0", "Child records changed: 0",
                "Rows already held as they are (nothing changed): 2");
        assertThat(lines(again, "unchanged")).isEqualTo("Lines 2, 6");
        assertThat(lines(again, "added")).isNull();
        assertThat(events(tom)).hasSize(1);
        assertThat(eventually(() -> queries.childrenOf("North").children().stream()
                .filter(c -> c.lastName().equals("Csv" + run)).count() == 2, "two children listed")).isTrue();
    }

    @Test
    void aReimportChangesTheChildrenWhoseRowsDifferAndReportsEachLine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        upload(HEADER
                + "Tom,Csv" + run + ",14/03/2019,1 High Street,01632 960123,,A" + run + ",Ann Jones (HV)\r\n"
                + "Amy,Csv" + run + ",01/02/2020,,,,B" + run + ",\r\n"
                + "Cal,Csv" + run + ",05/05/2018,,,,E" + run + ",\r\n");
        String tom = ChildRecords.childId("North", details("A" + run), null, null);
        String amy = ChildRecords.childId("North", details("B" + run), null, null);
        String cal = ChildRecords.childId("North", details("E" + run), null, null);

        // Tom has moved and has a new worker; Amy is as she was (her reference in lower case is still her);
        // Ben is new; Zoë's row is bad, and so is Cal's (his record keeps its details): both are reported, while the
        // good rows are kept.
        MockHttpServletResponse again = upload(HEADER
                + "Tom,Csv" + run + ",14/03/2019,\"4 New Road,\r\nSouthtown\",01632 960123,,A" + run
                + ",\"Ann Jones (HV)\r\nBo Khan (family worker)\"\r\n"
                + "Amy,Csv" + run + ",1/2/2020,,,,b" + run + ",\r\n"
                + "Zoë,Csv" + run + ",01/12/2099,,,,C" + run + ",\r\n"
                + "Ben,Csv" + run + ",1/2/2020,,,,D" + run + ",\r\n"
                + "Cal,Csv" + run + ",05/05/2018,,,cal-at-home,E" + run + ",\r\n");

        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("Child records added: 1", "Child records changed: 1",
                "Rows already held as they are (nothing changed): 1", "Rows not imported: 2");
        // Tom's row spans lines 2 to 4 (two quoted fields with line breaks), so Amy is on 5, Zoë 6 and Ben 7.
        assertThat(lines(again, "changed")).isEqualTo("Line 2");
        assertThat(lines(again, "unchanged")).isEqualTo("Line 5");
        assertThat(lines(again, "added")).isEqualTo("Line 7");
        assertThat(problems(again)).containsExactly("6: Date of birth must be today or in the past",
                "8: Enter an email address in the correct format, like name@example.com");
        String coordinatorId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        ChildDetails moved = new ChildDetails("Tom", "Csv" + run, "2019-03-14", "4 New Road,\nSouthtown",
                "01632 960123", "", "A" + run, "Ann Jones (HV)\nBo Khan (family worker)");
        assertThat(events(tom)).hasSize(2).last()
                .isEqualTo(new ChildDetailsChanged(tom, moved, ChildSource.CSV_IMPORT, coordinatorId));
        assertThat(events(amy)).hasSize(1);
        assertThat(events(cal)).hasSize(1);
        assertThat(queries.child(tom).orElseThrow().details()).isEqualTo(moved);
        assertThat(eventually(() -> queries.childrenOf("North").children().stream()
                .filter(c -> c.lastName().equals("Csv" + run)).count() == 4, "four children listed")).isTrue();
    }

    @Test
    void aFileWithTheWrongColumnsIsRefusedWithTheColumnsItNeeds() throws Exception {
        MockHttpServletResponse response = upload("Name,DOB,Ref\r\nTom Smith,14/03/2019,P1\r\n");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("There is a problem", "href=\"#file\"",
                "The first row must name the columns: first name, last name, date of birth");
    }

    @Test
    void noFileOrOneTooLargeIsRefused() throws Exception {
        assertThat(mvc.perform(multipart("/coordinator/children/import").with(csrf()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        MockHttpServletResponse tooLarge = upload(HEADER + "x".repeat(1024 * 1024 + 1));
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("The selected file must be smaller than 1 MB");
    }

    @Test
    void onlyTheCoordinatorImportsAndOnlyWithTheCsrfToken() throws Exception {
        String csv = HEADER + "Tom,Smith,14/03/2019,,,,Z" + UUID.randomUUID().toString().substring(0, 8) + ",\r\n";
        MockMultipartFile file = new MockMultipartFile("file", "children.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.perform(multipart("/coordinator/children/import").file(file).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/coordinator/children/import").file(file).with(csrf()).with(signedInAs(PRACTITIONER)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void invisibleCharactersInTheFileAreNotRecordedAndLineBreaksAreKeptAsLineBreaks() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        upload(HEADER + "To\u0000m,Csv" + run + "\u0007,14/03/2019,\"1 High Street\u000B\r\nNorthtown\",,,N" + run + ",\r\n");

        String tom = ChildRecords.childId("North", details("N" + run), null, null);
        assertThat(events(tom)).singleElement().isInstanceOfSatisfying(ChildRecorded.class, recorded ->
                assertThat(recorded.details()).isEqualTo(new ChildDetails("Tom", "Csv" + run, "2019-03-14",
                        "1 High Street\n\nNorthtown", "", "", "N" + run, "")));
    }

    private MockHttpServletResponse upload(String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "children.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/coordinator/children/import").file(file).with(csrf()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse();
    }

    /** The report's problems as "line: message". */
    private static java.util.List<String> problems(MockHttpServletResponse response) throws Exception {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "<td class=\"govuk-table__cell\">(\\d+)</td>\\s*<td class=\"govuk-table__cell\">([^<]+)</td>")
                .matcher(response.getContentAsString());
        java.util.List<String> found = new java.util.ArrayList<>();
        while (row.find()) {
            found.add(row.group(1) + ": " + row.group(2));
        }
        return found;
    }

    /** The report's lines that were added, changed or unchanged ("Lines 2, 6"); null if there were none. */
    private static String lines(MockHttpServletResponse response, String outcome) throws Exception {
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile("id=\"" + outcome
                + "-lines\">.*?<dd class=\"govuk-summary-list__value\">([^<]+)</dd>", java.util.regex.Pattern.DOTALL)
                .matcher(response.getContentAsString());
        return lines.find() ? lines.group(1) : null;
    }

    private static ChildDetails details(String reference) {
        return new ChildDetails("", "", "", "", "", "", reference, "");
    }
}
