package uk.earlyhelp.portal.audit.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.audit.account.AccountTimeline;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.ActorNames;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.audit.timeline.TimelineRow;
import uk.earlyhelp.portal.audit.timeline.Wording;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * An account's export: its history entries and its link events in one list, by time, numbered from 1. A history entry
 * is not an event: it has no position, sequence or revision, its type is {@code account_history}, and its payload is
 * the entry as stored (what, who, detail).
 */
@Component
class AccountFileRows {

    /** The rows, and what each was stored as, one for one. */
    record Rows(List<TimelineRow> rows, List<StoredEvent> stored) {
    }

    private record Line(Instant at, TimelineRow row, StoredEvent stored) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final StoredEvents storedEvents;
    private final ActorNames actors;
    private final AssessmentTimeline times;
    private final WizardMessages messages;

    AccountFileRows(StoredEvents storedEvents, ActorNames actors, AssessmentTimeline times, WizardMessages messages) {
        this.storedEvents = storedEvents;
        this.actors = actors;
        this.times = times;
        this.messages = messages;
    }

    Rows of(AccountTimeline.Timeline timeline) {
        Function<String, Actor> who = actors.cache();
        List<Line> lines = new ArrayList<>();
        for (AccountHistoryEntry entry : timeline.history()) {
            lines.add(new Line(entry.happenedAt(), new TimelineRow(0, -1, times.when(entry.happenedAt()),
                    who.apply(entry.actor()), Wording.of(messages.text("accountHistory.change." + entry.change().name())
                            + (entry.detail() == null ? "" : ": " + entry.detail())), "", null), stored(entry)));
        }
        List<StoredEvent> linkRows = storedEvents.of(timeline.links().events());
        for (int index = 0; index < linkRows.size(); index++) {
            lines.add(new Line(timeline.links().events().get(index).getTimestamp(), timeline.links().rows().get(index),
                    linkRows.get(index)));
        }
        lines.sort(Comparator.comparing(Line::at));
        List<TimelineRow> rows = new ArrayList<>();
        for (Line line : lines) {
            TimelineRow row = line.row();
            rows.add(new TimelineRow(rows.size() + 1, row.sequence(), row.when(), row.actor(), row.what(),
                    row.correlationId(), null));
        }
        return new Rows(rows, lines.stream().map(Line::stored).toList());
    }

    private StoredEvent stored(AccountHistoryEntry entry) {
        ObjectNode payload = json.createObjectNode().put("what", entry.change().name()).put("actor", entry.actor())
                .put("detail", entry.detail());
        return new StoredEvent(null, null, "account_history", null, entry.happenedAt().toString(), payload.toString(),
                null);
    }
}
