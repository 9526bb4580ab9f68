package uk.earlyhelp.portal.retention.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.earlyhelp.portal.retention.RetentionProperties;

/**
 * When a draft's author is warned and when the draft is deleted, from when it was last changed and (if its author
 * was warned since) the day the warning named. Plain arithmetic on instants, so tests state it without a clock.
 */
record DraftRetentionRule(Duration untouched, Duration warningBefore) {

    enum Decision { NOTHING, WARN, DELETE }

    static DraftRetentionRule of(RetentionProperties.Drafts drafts) {
        return new DraftRetentionRule(Duration.ofDays(drafts.untouchedDays()),
                Duration.ofDays(drafts.warningDaysBefore()));
    }

    /** Drafts last changed at or before this instant are due a warning, or past it. */
    Instant warnIfChangedBefore(Instant now) {
        return now.minus(untouched).plus(warningBefore);
    }

    /**
     * @param deleteAfter the day the warning for this very change named, if its author was warned since the change
     */
    Decision decide(Instant lastChangedAt, Optional<Instant> deleteAfter, Instant now) {
        if (now.isBefore(lastChangedAt.plus(untouched).minus(warningBefore))) {
            return Decision.NOTHING;
        }
        if (deleteAfter.isEmpty()) {
            return Decision.WARN;
        }
        return now.isBefore(deleteAfter.get()) ? Decision.NOTHING : Decision.DELETE;
    }

    /**
     * Untouched for the full period, and never sooner than the notice after the warning: a warning sent late (a
     * portal that was down, the first sweep after this rule came in) still gives its author the full notice.
     */
    Instant deleteAfter(Instant lastChangedAt, Instant warnedAt) {
        Instant byDisuse = lastChangedAt.plus(untouched);
        Instant byNotice = warnedAt.plus(warningBefore);
        return byDisuse.isAfter(byNotice) ? byDisuse : byNotice;
    }
}
