package uk.earlyhelp.portal.retention;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the council keeps what the portal holds (docs/decisions/0028-retention.md).
 *
 * @param drafts          drafts nobody changes
 * @param submitted       submitted assessments
 * @param scheduled       whether the portal sweeps by itself (the tests call the sweep instead)
 * @param firstSweepAfter the first sweep after start-up, so that a portal that was down catches up at once
 * @param sweepInterval   between one sweep's end and the next one's start
 */
@ConfigurationProperties("portal.retention")
public record RetentionProperties(
        @DefaultValue Drafts drafts,
        @DefaultValue Submitted submitted,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("3m") Duration firstSweepAfter,
        @DefaultValue("1h") Duration sweepInterval) {

    /**
     * @param untouchedDays     days without any change after which a draft is deleted
     * @param warningDaysBefore days before that when its author is emailed; a draft is never deleted sooner than this
     *                          after its warning, however late the warning went (a portal that was down)
     */
    public record Drafts(@DefaultValue("90") int untouchedDays, @DefaultValue("14") int warningDaysBefore) {

        public Drafts {
            if (warningDaysBefore < 1 || warningDaysBefore >= untouchedDays) {
                throw new IllegalArgumentException("portal.retention.drafts.warning-days-before must be at least 1 "
                        + "and less than untouched-days");
            }
        }
    }

    /**
     * @param keepFor from submission until the assessment is due for erasure; the default, 6 years, is the period
     *                common in councils' schedules for early help and family support case records (ADR 0028): a
     *                council sets its own schedule's figure
     */
    public record Submitted(@DefaultValue("6y") Period keepFor) {

        public Submitted {
            if (keepFor.isNegative() || keepFor.isZero()) {
                throw new IllegalArgumentException("portal.retention.submitted.keep-for must be positive");
            }
        }
    }

    public RetentionProperties {
        if (firstSweepAfter.isNegative() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("portal.retention.first-sweep-after must not be negative, and "
                    + "sweep-interval must be positive");
        }
    }
}
