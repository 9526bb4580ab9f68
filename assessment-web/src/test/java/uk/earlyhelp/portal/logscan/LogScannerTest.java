package uk.earlyhelp.portal.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deliberate check: the scanner PersonalDataInTheTestLogIT runs finds a test's personal data in a log. */
class LogScannerTest {

    @TempDir
    Path directory;

    private final LogScanner scanner = new LogScanner(Set.of("Patel", "Ottoline"),
            PersonalDataInTheTestLogIT.ADDRESSES_THAT_NAME_NOBODY);

    @Test
    void anAddressOrANameTypedByATestIsFoundWithItsLine() throws IOException {
        Path log = log("12:00 INFO Started portal\n"
                + "12:01 WARN mail to p-1f3c@example.org failed\n"
                + "12:02 ERROR jakarta.mail.internet.AddressException: Illegal address in string ``a,blog9x@example.org''\n"
                + "12:03 INFO saved section for Sam Patel\n"
                + "12:04 DEBUG form field firstName=Ottoline\n");

        assertThat(scanner.scan(log)).extracting(LogScanner.Finding::line, LogScanner.Finding::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "p-1f3c@example.org"),
                org.assertj.core.groups.Tuple.tuple(3, "blog9x@example.org"),
                org.assertj.core.groups.Tuple.tuple(4, "Patel"),
                org.assertj.core.groups.Tuple.tuple(5, "Ottoline"));
    }

    @Test
    void nodeNamesTheSenderAndWordsThatOnlyContainANameAreNoFindings() throws IOException {
        Path log = log("12:00 INFO segment 3 claimed by 4242@build-host.local\n"
                + "12:01 INFO mail from no-reply@portal.test sent\n"
                + "12:02 INFO Patellar reflex tested, Ottolines counted\n");

        assertThat(scanner.scan(log)).isEmpty();
    }

    @Test
    void theNamesAreCollectedFromTheTestsSourcesWithoutOrdinaryWords() {
        Set<String> words = new TreeSet<>();
        NamesTheTestsTyped.collect("new AccountDetails(\"Sam\", \"Patel\", email, …); .param(\"lastName\", \"Browne\")"
                + " .param(\"members[0].name\", \"Siân Typed-Late\") .param(\"lastName\", \"Name\")", words);
        words.removeAll(NamesTheTestsTyped.ORDINARY_WORDS);

        assertThat(words).containsExactlyInAnyOrder("Sam", "Patel", "Browne", "Siân");
    }

    private Path log(String text) throws IOException {
        return Files.writeString(directory.resolve("uk.earlyhelp.portal.SomeTest-output.txt"), text);
    }
}
