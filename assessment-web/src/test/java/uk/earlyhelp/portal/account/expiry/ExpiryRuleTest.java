package uk.earlyhelp.portal.account.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.account.expiry.ExpiryRule.Decision;

/** When a linked login is warned and expired, with the portal's default days and with a council's own. */
class ExpiryRuleTest {

    private static final Instant USED = Instant.parse("2026-01-05T09:30:00Z");

    private final ExpiryRule ninetyAndFourteen = ExpiryRule.of(properties(90, 14));
    private final ExpiryRule thirtyAndSeven = ExpiryRule.of(properties(30, 7));

    @Test
    void withTheDefaultsAWarningGoesAfterSeventySixDaysAndTheLoginExpiresAfterNinety() {
        assertThat(ninetyAndFourteen.decide(USED, null, days(76).minusSeconds(1))).isEqualTo(Decision.NOTHING);
        assertThat(ninetyAndFourteen.decide(USED, null, days(76))).isEqualTo(Decision.WARN);
        assertThat(ninetyAndFourteen.decide(USED, days(76), days(90).minusSeconds(1))).isEqualTo(Decision.NOTHING);
        assertThat(ninetyAndFourteen.decide(USED, days(76), days(90))).isEqualTo(Decision.EXPIRE);
    }

    @Test
    void aCouncilsOwnThirtyAndSevenDaysAreHonoured() {
        assertThat(thirtyAndSeven.decide(USED, null, days(22))).isEqualTo(Decision.NOTHING);
        assertThat(thirtyAndSeven.decide(USED, null, days(23))).isEqualTo(Decision.WARN);
        assertThat(thirtyAndSeven.expiresAt(USED, days(23))).isEqualTo(days(30));
        assertThat(thirtyAndSeven.decide(USED, days(23), days(29))).isEqualTo(Decision.NOTHING);
        assertThat(thirtyAndSeven.decide(USED, days(23), days(30))).isEqualTo(Decision.EXPIRE);
        assertThat(thirtyAndSeven.warnIfUsedBefore(days(30))).isEqualTo(days(7));
    }

    @Test
    void aLoginWarnedLateStillGetsTheFullNoticeBeforeItExpires() {
        // e.g. the portal was down on day 76, or the first sweep after this rule came in found it 200 days unused.
        assertThat(ninetyAndFourteen.decide(USED, null, days(200))).isEqualTo(Decision.WARN);
        assertThat(ninetyAndFourteen.expiresAt(USED, days(200))).isEqualTo(days(214));
        assertThat(ninetyAndFourteen.decide(USED, days(200), days(213))).isEqualTo(Decision.NOTHING);
        assertThat(ninetyAndFourteen.decide(USED, days(200), days(214))).isEqualTo(Decision.EXPIRE);
    }

    @Test
    void aWarningFromBeforeTheLoginWasLastUsedDoesNotCount() {
        Instant usedAgain = days(80);
        assertThat(ninetyAndFourteen.decide(usedAgain, days(76), usedAgain.plus(Duration.ofDays(90))))
                .isEqualTo(Decision.WARN);
    }

    @Test
    void theExpectedExpiryIsNinetyDaysAfterUseUnlessTheWarningIsLate() {
        assertThat(ninetyAndFourteen.expectedExpiry(USED, null, days(10))).isEqualTo(days(90));
        assertThat(ninetyAndFourteen.expectedExpiry(USED, days(76), days(80))).isEqualTo(days(90));
        assertThat(ninetyAndFourteen.expectedExpiry(USED, null, days(85))).isEqualTo(days(99));
    }

    @Test
    void anAccountNeverUsedIsLeftAlone() {
        assertThat(ninetyAndFourteen.decide(null, null, days(1000))).isEqualTo(Decision.NOTHING);
    }

    static LinkedExpiryProperties properties(int unusedDays, int warningDaysBefore) {
        return new LinkedExpiryProperties(unusedDays, warningDaysBefore, true, Duration.ofMinutes(2),
                Duration.ofHours(1));
    }

    private static Instant days(int days) {
        return USED.plus(Duration.ofDays(days));
    }
}
