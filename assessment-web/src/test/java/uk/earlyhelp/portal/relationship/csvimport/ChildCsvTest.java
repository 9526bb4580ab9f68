package uk.earlyhelp.portal.relationship.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.relationship.api.ChildDetails;

/** The CSV extract's shape, without Spring: quoting, header, byte order mark, line numbers of bad rows. */
class ChildCsvTest {

    static final String HEADER = "First name,Last name,Date of birth,Address,Phone,Email,Mosaic person reference,Involved workers\r\n";

    @Test
    void quotedFieldsMayHoldCommasLineBreaksAndQuotesAndBadRowsAreReportedByTheirFirstLine() {
        String csv = "\uFEFF" + HEADER
                + "Tom,Smith,14/03/2019,\"1 High Street,\r\nNorthtown\",01632 960123,,P1,\"Ann \"\"the HV\"\" Jones\"\r\n"
                + "Amy,Smith,2019-03-14,,,,P2,\r\n"
                + "\r\n"
                + "Ben,Smith,1/2/2020,,,,P3\r\n"
                + "Cat,Smith,01/02/2021,,,,,\r\n"
                + "Dan,Smith,5/6/2022,,,,P5,";

        ChildCsv.Result result = ChildCsv.read(csv.getBytes(StandardCharsets.UTF_8));

        // The line break inside the quoted address is kept, as the text-input rule writes every line break (TypedText).
        assertThat(result.rows()).containsExactly(
                new ChildCsv.Row(2, new ChildDetails("Tom", "Smith", "2019-03-14", "1 High Street,\nNorthtown",
                        "01632 960123", "", "P1", "Ann \"the HV\" Jones")),
                new ChildCsv.Row(8, new ChildDetails("Dan", "Smith", "2022-06-05", "", "", "", "P5", "")));
        assertThat(result.problems()).containsExactly(
                new ChildCsv.Problem(4, "Date of birth must be a date like 14/03/2019"),
                new ChildCsv.Problem(6, "Expected 8 columns but found 7"),
                new ChildCsv.Problem(7, "Enter the Mosaic person reference"));
    }

    @Test
    void aWrongHeaderRefusesTheWholeFile() {
        ChildCsv.Result result = ChildCsv.read("Name,DOB\nTom Smith,14/03/2019\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.fileRefused()).isTrue();
        assertThat(result.problems().get(0).message()).startsWith("The first row must name the columns: first name, last name");
    }

    @Test
    void aFileThatIsNotUtf8OrHasAnUnclosedQuoteOrNoRowsIsRefused() {
        byte[] latin1 = (HEADER + "Zoë,Smith,14/03/2019,,,,P1,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ChildCsv.read(latin1).problems().get(0).message()).isEqualTo("The file must be saved as CSV UTF-8");
        assertThat(ChildCsv.read((HEADER + "Tom,\"Smith,14/03/2019\n").getBytes(StandardCharsets.UTF_8)).problems().get(0)
                .message()).isEqualTo("A quote opened on line 2 is never closed");
        assertThat(ChildCsv.read(HEADER.getBytes(StandardCharsets.UTF_8)).fileRefused()).isTrue();
    }
}
