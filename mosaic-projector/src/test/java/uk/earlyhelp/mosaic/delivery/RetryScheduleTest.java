package uk.earlyhelp.mosaic.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final DeliveryProperties.Retry RETRY = new DeliveryProperties.Retry(
            5, Duration.ofSeconds(30), Duration.ofMinutes(2), 0.2, Duration.ofSeconds(10));

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void waitsDoubleAfterEachFailureUpToTheCap() {
        RetrySchedule noJitter = new RetrySchedule(RETRY, clock, () -> 0.5);

        assertThat(noJitter.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(noJitter.waitAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(noJitter.waitAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(noJitter.waitAfter(4)).isEqualTo(Duration.ofSeconds(120));
        assertThat(noJitter.waitAfter(1_000)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void jitterVariesAWaitByAtMostItsFraction() {
        assertThat(new RetrySchedule(RETRY, clock, () -> 0.0).waitAfter(1)).isEqualTo(Duration.ofSeconds(24));
        assertThat(new RetrySchedule(RETRY, clock, () -> 1.0).waitAfter(1)).isEqualTo(Duration.ofSeconds(36));
    }

    @Test
    void aPassingFailureIsRetriedUntilTheAttemptsAreUsedUp() {
        RetrySchedule schedule = new RetrySchedule(RETRY, clock, () -> 0.5);
        DeliveryAttempts attempts = DeliveryAttempts.NONE;

        for (int failure = 1; failure < RETRY.maxAttempts(); failure++) {
            attempts = schedule.afterFailure(attempts, true);
            assertThat(attempts.state()).isEqualTo(ParkedState.RETRYING);
            assertThat(attempts.failures()).isEqualTo(failure);
            assertThat(attempts.isDueAt(NOW)).isFalse();
            assertThat(attempts.isDueAt(attempts.nextAttemptAt())).isTrue();
        }
        DeliveryAttempts last = schedule.afterFailure(attempts, true);

        assertThat(last.state()).isEqualTo(ParkedState.PARKED);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(last.isDueAt(NOW.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void aRefusalIsParkedAtOnce() {
        DeliveryAttempts refused = new RetrySchedule(RETRY, clock, () -> 0.5).afterFailure(DeliveryAttempts.NONE, false);

        assertThat(refused.state()).isEqualTo(ParkedState.PARKED);
        assertThat(refused.failures()).isEqualTo(1);
    }

    @Test
    void attemptsSurviveTheRoundTripThroughALettersDiagnostics() {
        DeliveryAttempts attempts = new DeliveryAttempts(3, ParkedState.RETRYING, NOW);

        assertThat(DeliveryAttempts.of(attempts.diagnostics())).isEqualTo(attempts);
        assertThat(DeliveryAttempts.of(java.util.Map.of())).isEqualTo(DeliveryAttempts.NONE);
    }

    @Test
    void anUnexpectedErrorIsRetriedAndRecordedByItsTypeOnly() {
        DeliveryFailure failure = DeliveryRetryPolicy.classify(
                new IllegalStateException("could not map Mary Smith, born 1990-05-09"));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("Unexpected error: java.lang.IllegalStateException");
    }

    @Test
    void theReasonRecordedSaysWhatHappensNext() {
        DeliveryFailure unavailable = new MosaicUnavailable("Mosaic answered HTTP 503");

        assertThat(MosaicDelivery.reason(unavailable, new DeliveryAttempts(1, ParkedState.RETRYING, NOW)))
                .isEqualTo("Mosaic answered HTTP 503 (attempt 1; retrying automatically)");
        assertThat(MosaicDelivery.reason(unavailable, new DeliveryAttempts(12, ParkedState.PARKED, null)))
                .isEqualTo("Mosaic answered HTTP 503 (attempt 12; retries used up; parked for an administrator)");
        assertThat(MosaicDelivery.reason(new MosaicRefused("Mosaic refused the submission: HTTP 400"),
                new DeliveryAttempts(1, ParkedState.PARKED, null)))
                .isEqualTo("Mosaic refused the submission: HTTP 400 (attempt 1; parked for an administrator)");
    }

    @Test
    void theHistoryRecordsTheFirstFailureAndEachMoveBetweenRetryingAndParkedButNotEachRetry() {
        DeliveryAttempts retrying = new DeliveryAttempts(1, ParkedState.RETRYING, NOW);
        DeliveryAttempts retryingLater = new DeliveryAttempts(2, ParkedState.RETRYING, NOW.plusSeconds(60));
        DeliveryAttempts parked = new DeliveryAttempts(3, ParkedState.PARKED, null);
        DeliveryAttempts parkedAgain = new DeliveryAttempts(4, ParkedState.PARKED, null);
        DeliveryAttempts retryingAfterParked = new DeliveryAttempts(5, ParkedState.RETRYING, NOW);

        assertThat(MosaicDelivery.worthRecording(DeliveryAttempts.NONE, retrying)).isTrue();
        assertThat(MosaicDelivery.worthRecording(DeliveryAttempts.NONE, parked)).isTrue();
        assertThat(MosaicDelivery.worthRecording(retrying, retryingLater)).isFalse();
        assertThat(MosaicDelivery.worthRecording(retryingLater, parked)).isTrue();
        // Reported, so that the assessment can decide: it records nothing when it already says parked.
        assertThat(MosaicDelivery.worthRecording(parked, parkedAgain)).isTrue();
        assertThat(MosaicDelivery.worthRecording(parkedAgain, retryingAfterParked)).isTrue();
    }
}
