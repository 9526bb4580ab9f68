package uk.earlyhelp.portal.retention.draft;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.DeleteUntouchedDraft;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.retention.RetentionActor;
import uk.earlyhelp.portal.retention.RetentionProperties;
import uk.earlyhelp.portal.retention.draft.DraftCandidates.Candidate;

/**
 * The drafts' sweep: warns the authors of drafts about to go, and deletes those untouched for the full period whose
 * warning has had its notice. Everything it decides on is in the database (the event store's last event, the warning
 * rows), so a missed run is caught up by the next, and a rerun or a second node changes nothing more: a warning is
 * recorded once per version, and a deletion names the version it judged, so a change since stops it.
 */
@Component
public class DraftRetention {

    private static final Logger LOG = LoggerFactory.getLogger(DraftRetention.class);

    /** What one sweep did, as counts: the log says no more (no ids, no addresses). */
    public record Sweep(int warned, int deleted, int changedMeanwhile, int failed) {
    }

    private final DraftCandidates candidates;
    private final LastChanges lastChanges;
    private final DraftWarnings warnings;
    private final WarningStep warning;
    private final ActingUserCommandGateway commands;
    private final DraftRetentionRule rule;
    private final int untouchedDays;
    private final Clock clock;

    DraftRetention(DraftCandidates candidates, LastChanges lastChanges, DraftWarnings warnings, WarningStep warning,
                   ActingUserCommandGateway commands, RetentionProperties properties, Clock clock) {
        this.candidates = candidates;
        this.lastChanges = lastChanges;
        this.warnings = warnings;
        this.warning = warning;
        this.commands = commands;
        this.rule = DraftRetentionRule.of(properties.drafts());
        this.untouchedDays = properties.drafts().untouchedDays();
        this.clock = clock;
    }

    public Sweep sweep() {
        Instant now = clock.instant();
        int warned = 0;
        int deleted = 0;
        int changedMeanwhile = 0;
        int failed = 0;
        for (Candidate candidate : candidates.changedBefore(rule.warnIfChangedBefore(now))) {
            try {
                Optional<LastChange> change = lastChanges.ofDraft(candidate.assessmentId());
                if (change.isEmpty()) {
                    continue;
                }
                Optional<Instant> deleteAfter = warnings.deleteAfter(change.get());
                switch (rule.decide(change.get().at(), deleteAfter, now)) {
                    case WARN -> warned += warning.warn(candidate.authorId(), change.get(), now,
                            rule.deleteAfter(change.get().at(), now), untouchedDays) ? 1 : 0;
                    case DELETE -> {
                        if (delete(change.get())) {
                            deleted++;
                        } else {
                            changedMeanwhile++;
                        }
                    }
                    case NOTHING -> { }
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Draft retention: one draft's step failed ({}); the next sweep tries again",
                        e.getClass().getName());
            }
        }
        if (warned + deleted + changedMeanwhile + failed > 0) {
            LOG.info("Draft retention: {} authors warned, {} drafts deleted, {} changed or gone meanwhile, {} failed",
                    warned, deleted, changedMeanwhile, failed);
        }
        return new Sweep(warned, deleted, changedMeanwhile, failed);
    }

    /** False when the draft changed (or went) after it was judged: Axon refuses a command naming an older version. */
    private boolean delete(LastChange change) {
        try {
            commands.send(new DeleteUntouchedDraft(change.assessmentId(), change.version()), RetentionActor.ID);
            return true;
        } catch (ConflictingAggregateVersionException | AggregateDeletedException changedOrGone) {
            return false;
        }
    }
}
