package uk.earlyhelp.portal.account.expiry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Linked logins expire (DOMAIN.md, Accounts 5). "Used" means signed in, approved or reactivated; activity within a
 * signed-in session does not count, as a session ends after 30 minutes without a request anyway.
 *
 * @param unusedDays        days without use after which an account holding a link expires
 * @param warningDaysBefore days before that when its holder is emailed a warning; an account is never expired sooner
 *                          than this after its warning, however late the warning went
 * @param scheduled         whether the portal sweeps by itself (tests call the sweep instead)
 * @param firstSweepAfter   the first sweep after start-up, so that a portal that was down catches up at once
 * @param sweepInterval     the time between one sweep's end and the next one's start
 */
@ConfigurationProperties("portal.accounts.linked-expiry")
public record LinkedExpiryProperties(
        @DefaultValue("90") int unusedDays,
        @DefaultValue("14") int warningDaysBefore,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("2m") Duration firstSweepAfter,
        @DefaultValue("1h") Duration sweepInterval) {

    public LinkedExpiryProperties {
        if (warningDaysBefore < 1 || warningDaysBefore >= unusedDays) {
            throw new IllegalArgumentException("portal.accounts.linked-expiry.warning-days-before must be at least 1 "
                    + "and less than unused-days");
        }
        if (firstSweepAfter.isNegative() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("portal.accounts.linked-expiry.first-sweep-after must not be negative, "
                    + "and sweep-interval must be positive");
        }
    }
}
