package uk.earlyhelp.portal.session;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How long a signed-in session lasts without activity, and what the portal does about its end.
 *
 * @param timeout         inactivity after which the session ends and the user must sign in again. Applied to every
 *                        session the portal creates, to the second (the servlet container's own setting,
 *                        {@code server.servlet.session.timeout}, counts whole minutes; it is this one's default)
 * @param warningBefore   how long before the end pages warn, offering to stay signed in; at least 2 minutes in
 *                        production (the warning must leave a person time to read it and answer)
 * @param keepSavesFor    how long a save posted after the end is kept for its author to sign in again
 * A bare number is seconds, as for {@code server.servlet.session.timeout}.
 */
@ConfigurationProperties("portal.session")
public record SessionProperties(@DefaultValue("30m") @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
                                @DefaultValue("2m") @DurationUnit(ChronoUnit.SECONDS) Duration warningBefore,
                                @DefaultValue("24h") @DurationUnit(ChronoUnit.SECONDS) Duration keepSavesFor) {

    public SessionProperties {
        if (timeout.toSeconds() < 1 || warningBefore.isNegative() || warningBefore.compareTo(timeout) >= 0) {
            throw new IllegalArgumentException(
                    "portal.session.warning-before must be shorter than portal.session.timeout, and both positive");
        }
        if (keepSavesFor.toSeconds() < 1) {
            throw new IllegalArgumentException("portal.session.keep-saves-for must be positive");
        }
    }
}
