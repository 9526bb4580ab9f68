package uk.earlyhelp.portal.audit.timeline;

import java.util.List;

/** What an event did, in plain words: one line, then a line per answer it changed. */
public record Wording(String headline, List<String> details) {

    public Wording {
        details = List.copyOf(details);
    }

    public static Wording of(String headline) {
        return new Wording(headline, List.of());
    }
}
