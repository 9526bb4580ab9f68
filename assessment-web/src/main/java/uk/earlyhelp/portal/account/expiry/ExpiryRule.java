package uk.earlyhelp.portal.account.expiry;

import java.time.Duration;
import java.time.Instant;

/**
 * When a linked login is warned and when it expires, from when it was last used and when (if at all) it was warned
 * since. Plain arithmetic on instants, so tests state it without a clock.
 */
record ExpiryRule(Duration unused, Duration warningBefore) {

    enum Decision { NOTHING, WARN, EXPIRE }

    static ExpiryRule of(LinkedExpiryProperties properties) {
        return new ExpiryRule(Duration.ofDays(properties.unusedDays()),
                Duration.ofDays(properties.warningDaysBefore()));
    }

    /** Accounts last used at or before this instant are due a warning, or past it. */
    Instant warnIfUsedBefore(Instant now) {
        return now.minus(unused).plus(warningBefore);
    }

    Decision decide(Instant lastUsedAt, Instant warnedAt, Instant now) {
        if (lastUsedAt == null || now.isBefore(lastUsedAt.plus(unused).minus(warningBefore))) {
            return Decision.NOTHING;
        }
        if (!warnedSinceUse(lastUsedAt, warnedAt)) {
            return Decision.WARN;
        }
        return now.isBefore(expiresAt(lastUsedAt, warnedAt)) ? Decision.NOTHING : Decision.EXPIRE;
    }

    /**
     * Unused for the full period, and never before the day its warning named: an account warned late (a link granted
     * after long disuse; a portal that was down; the first sweep after this rule was introduced) still gets the notice.
     */
    Instant expiresAt(Instant lastUsedAt, Instant warnedAt) {
        Instant byDisuse = lastUsedAt.plus(unused);
        Instant byNotice = warnedAt.plus(warningBefore);
        return byDisuse.isAfter(byNotice) ? byDisuse : byNotice;
    }

    /**
     * When an account holding a link will expire if nobody uses it: from its warning if it had one, else from the
     * warning still to come (on time, or at the next sweep if that time has passed).
     */
    Instant expectedExpiry(Instant lastUsedAt, Instant warnedAt, Instant now) {
        if (warnedSinceUse(lastUsedAt, warnedAt)) {
            return expiresAt(lastUsedAt, warnedAt);
        }
        Instant warningDue = lastUsedAt.plus(unused).minus(warningBefore);
        return expiresAt(lastUsedAt, warningDue.isAfter(now) ? warningDue : now);
    }

    /** A warning from an earlier period of disuse (before the account was used again) does not count. */
    private static boolean warnedSinceUse(Instant lastUsedAt, Instant warnedAt) {
        return warnedAt != null && !warnedAt.isBefore(lastUsedAt);
    }
}
