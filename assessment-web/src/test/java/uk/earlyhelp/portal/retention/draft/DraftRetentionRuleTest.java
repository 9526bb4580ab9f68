package uk.earlyhelp.portal.retention.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.retention.draft.DraftRetentionRule.Decision;

/** The arithmetic of warning and deleting drafts, without a clock: 90 days untouched, warned 14 days before. */
class DraftRetentionRuleTest {

    private static final DraftRetentionRule RULE = new DraftRetentionRule(Duration.ofDays(90), Duration.ofDays(14));
    private static final Instant CHANGED = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void nothingBeforeDay76ThenAWarningOnce() {
        assertThat(RULE.decide(CHANGED, Optional.empty(), CHANGED.plus(Duration.ofDays(76)).minusSeconds(1)))
                .isEqualTo(Decision.NOTHING);
        assertThat(RULE.decide(CHANGED, Optional.empty(), CHANGED.plus(Duration.ofDays(76))))
                .isEqualTo(Decision.WARN);
    }

    @Test
    void warnedOnTimeTheDraftGoesOnDay90() {
        Instant warned = CHANGED.plus(Duration.ofDays(76));
        Instant deleteAfter = RULE.deleteAfter(CHANGED, warned);
        assertThat(deleteAfter).isEqualTo(CHANGED.plus(Duration.ofDays(90)));
        assertThat(RULE.decide(CHANGED, Optional.of(deleteAfter), deleteAfter.minusSeconds(1)))
                .isEqualTo(Decision.NOTHING);
        assertThat(RULE.decide(CHANGED, Optional.of(deleteAfter), deleteAfter)).isEqualTo(Decision.DELETE);
    }

    @Test
    void warnedLateTheDraftStillHasFourteenDays() {
        Instant warned = CHANGED.plus(Duration.ofDays(200));
        assertThat(RULE.deleteAfter(CHANGED, warned)).isEqualTo(warned.plus(Duration.ofDays(14)));
    }

    @Test
    void theShortlistReachesBackToTheFirstWarningDay() {
        Instant now = CHANGED.plus(Duration.ofDays(76));
        assertThat(RULE.warnIfChangedBefore(now)).isEqualTo(CHANGED);
    }
}
