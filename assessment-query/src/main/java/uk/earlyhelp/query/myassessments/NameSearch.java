package uk.earlyhelp.query.myassessments;

import java.util.Locale;
import java.util.Optional;

/**
 * What the practitioner typed in the search box, as a LIKE pattern that finds it anywhere in a name.
 * Their {@code %} and {@code _} are letters to find, not wildcards, so they are escaped. Also the auditors' search.
 */
public final class NameSearch {

    public static final char ESCAPE = '\\';

    private NameSearch() {
    }

    /** Empty when there is nothing to search for: every assessment matches. */
    public static Optional<String> containing(String term) {
        if (term == null || term.isBlank()) {
            return Optional.empty();
        }
        StringBuilder pattern = new StringBuilder("%");
        for (char c : term.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return Optional.of(pattern.append('%').toString());
    }
}
