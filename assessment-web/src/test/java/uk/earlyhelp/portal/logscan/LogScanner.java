package uk.earlyhelp.portal.logscan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a log for personal data: every email address in it (the tests make up many at run time, so each one found
 * counts, unless it is on the short list of addresses that name nobody), and every word of a name the tests typed.
 * One pass per file, each line split into addresses and words looked up in sets, so a whole run's log is read in
 * seconds.
 */
final class LogScanner {

    /** Personal data found: where, and which. */
    record Finding(Path file, int line, String value) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + value;
        }
    }

    static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> nameWords;
    private final List<Pattern> addressesThatNameNobody;

    LogScanner(Set<String> nameWords, List<Pattern> addressesThatNameNobody) {
        this.nameWords = nameWords;
        this.addressesThatNameNobody = addressesThatNameNobody;
    }

    List<Finding> scan(Path file) {
        List<Finding> findings = new ArrayList<>();
        // A log may hold any bytes (a test's random Unicode): undecodable ones are replaced, never a reason to stop.
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                scanLine(file, number, line, findings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return findings;
    }

    private void scanLine(Path file, int number, String line, List<Finding> findings) {
        if (line.indexOf('@') >= 0) {
            Matcher address = EMAIL.matcher(line);
            while (address.find()) {
                String found = address.group();
                if (addressesThatNameNobody.stream().noneMatch(allowed -> allowed.matcher(found).matches())) {
                    findings.add(new Finding(file, number, found));
                }
            }
        }
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            if (nameWords.contains(word.group())) {
                findings.add(new Finding(file, number, word.group()));
            }
        }
    }
}
