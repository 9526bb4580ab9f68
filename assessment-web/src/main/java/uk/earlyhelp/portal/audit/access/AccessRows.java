package uk.earlyhelp.portal.audit.access;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.ActorNames;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * Recorded reads as pages show them: the administrators' whole log and the "Who opened it" part of an assessment's
 * timeline. Who is resolved to a name and role once per reader on the page, what to its wording.
 */
@Component
public class AccessRows {

    /** One entry as a page shows it. */
    public record Row(String when, Actor who, String what, String target) {
    }

    private final ActorNames actors;
    private final AssessmentTimeline times;
    private final WizardMessages messages;

    AccessRows(ActorNames actors, AssessmentTimeline times, WizardMessages messages) {
        this.actors = actors;
        this.times = times;
        this.messages = messages;
    }

    public List<Row> of(List<AccessLogEntry> entries) {
        Function<String, Actor> who = actors.cache();
        return entries.stream().map(entry -> new Row(times.when(entry.at()), who.apply(entry.actorId()),
                messages.firstOf(new String[] {"accessLog.what." + entry.what(), "accessLog.what"}, entry.what()),
                entry.target())).toList();
    }
}
