package uk.earlyhelp.portal.account.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.earlyhelp.portal.account.AccountHistoryEntry;

/** One line of an account's history as the page shows it; {@code change} is the key of its wording. */
public record HistoryRow(String when, String change, String actor, String detail) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public static HistoryRow of(AccountHistoryEntry entry, ZoneId zone) {
        return new HistoryRow(WHEN.format(entry.happenedAt().atZone(zone)), entry.change().name(), entry.actor(),
                entry.detail());
    }
}
