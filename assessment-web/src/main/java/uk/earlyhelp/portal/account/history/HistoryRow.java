package uk.earlyhelp.portal.account.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.account.Accounts;

/** One line of an account's history as the page shows it; {@code change} is the key of its wording. */
public record HistoryRow(String when, String change, String actor, String detail) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The actor is stored as an account id (ADR 0032); staff read who acted as that account's address, as before. */
    public static HistoryRow of(AccountHistoryEntry entry, ZoneId zone, Accounts accounts) {
        String actor = accounts.findById(entry.actor()).map(Account::email).orElse(entry.actor());
        return new HistoryRow(WHEN.format(entry.happenedAt().atZone(zone)), entry.change().name(), actor,
                entry.detail());
    }
}
