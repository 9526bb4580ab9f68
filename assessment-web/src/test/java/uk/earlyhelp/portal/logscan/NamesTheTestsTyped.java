package uk.earlyhelp.portal.logscan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names the tests type, collected from their own sources so that a new test's names are covered without a list
 * to keep: the first and last names of the accounts they make ({@code new AccountDetails("Sam", "Patel", …)}) and
 * every form field whose name says it holds a name ({@code param("lastName", "Browne")}, {@code "firstName", …},
 * family members' {@code name}). Each name counts by its capitalised words; words that are also ordinary words the portal's own
 * log uses (a class, a heading, an English word) are left out, each with its reason, as they would be found in any
 * log and tell of nobody.
 */
final class NamesTheTestsTyped {

    private static final Pattern ACCOUNT = Pattern.compile("new AccountDetails\\(\\s*\"([^\"]*)\",\\s*\"([^\"]*)\"");
    private static final Pattern NAME_FIELD = Pattern.compile("\"[A-Za-z.\\[\\]0-9]*[Nn]ame\",\\s*\"([^\"]*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");

    /** Words of typed "names" that name nobody: the log holds them for other reasons. */
    static final Set<String> ORDINARY_WORDS = Set.of(
            "Name", "Other", "Changed", "Mistake", "Load", "Practitioner", "Demo", "Without", "Token", "No", "North",
            "Tampered", "Not", "Kept", "Late", "Typed", "Keyworker", "Newcomer",
            // Kafka's listener protocol, set under a "...name" key by the in-process broker; Kafka logs it by design.
            "PLAINTEXT");

    private NamesTheTestsTyped() {
    }

    static Set<String> in(Path testSources) {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(testSources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> collect(read(file), words));
        } catch (IOException e) {
            throw new UncheckedIOException(testSources.toString(), e);
        }
        words.removeAll(ORDINARY_WORDS);
        return words;
    }

    static void collect(String source, Set<String> words) {
        Matcher account = ACCOUNT.matcher(source);
        while (account.find()) {
            addWords(account.group(1), words);
            addWords(account.group(2), words);
        }
        Matcher field = NAME_FIELD.matcher(source);
        while (field.find()) {
            addWords(field.group(1), words);
        }
    }

    private static void addWords(String name, Set<String> words) {
        Matcher word = WORDS.matcher(name);
        while (word.find()) {
            // Names as typed start with a capital; a lower-case word ("a token", "team") is an ordinary one.
            if (word.group().length() > 1 && Character.isUpperCase(word.group().codePointAt(0))) words.add(word.group());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
