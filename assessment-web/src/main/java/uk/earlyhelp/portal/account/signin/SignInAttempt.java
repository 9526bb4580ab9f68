package uk.earlyhelp.portal.account.signin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins in a row for one email address as typed (lower-cased), whether or not an account has it:
 * so an unknown address is throttled and locked exactly like a known one, and the responses cannot tell them apart.
 */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt {

    @Id
    private String email;
    private int failures;
    private Instant lastFailureAt;
    private Instant lockedUntil;

    protected SignInAttempt() {
    }

    SignInAttempt(String email) {
        this.email = email;
    }

    /** Locked, or too soon after the last failure: the attempt is refused without looking at the password. */
    boolean refusedAt(Instant now, SignInLimits.Rules rules) {
        if (lockedUntil != null) {
            return now.isBefore(lockedUntil);
        }
        return failures >= rules.throttleAfter() && now.isBefore(lastFailureAt.plus(rules.waitAfter(failures)));
    }

    /** Counts a failure; true if it locks the address now. */
    boolean fail(Instant now, SignInLimits.Rules rules) {
        forgetOldFailures(now, rules.lockoutDuration());
        failures++;
        lastFailureAt = now;
        if (failures >= rules.maxFailures()) {
            lockedUntil = now.plus(rules.lockoutDuration());
            return true;
        }
        return false;
    }

    /** A lock that has run out, or failures long ago, no longer count against the next attempts. */
    private void forgetOldFailures(Instant now, Duration window) {
        boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
        boolean longAgo = lastFailureAt != null && !now.isBefore(lastFailureAt.plus(window));
        if (lockOver || longAgo) {
            failures = 0;
            lockedUntil = null;
        }
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int failures() {
        return failures;
    }
}
