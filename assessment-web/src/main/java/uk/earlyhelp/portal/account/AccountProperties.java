package uk.earlyhelp.portal.account;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts and sign-in.
 *
 * @param localities               the council's localities (reference data): each has its Early Help coordinator,
 *                                 who approves the requests of that locality
 * @param maxFailures              failed sign-ins in a row after which the email address is locked
 * @param lockoutDuration          how long it stays locked (NCSC: temporary, so an attacker cannot lock people out)
 * @param throttleAfter            failed sign-ins after which each further try must wait (doubling each time)
 * @param throttleDelay            the first such wait
 * @param confirmationLinkValidity how long the link confirming an email address works
 * @param resetLinkValidity        how long a password reset link works
 */
@ConfigurationProperties("portal.accounts")
public record AccountProperties(
        @DefaultValue({"North", "South", "East", "West", "Central"}) List<String> localities,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("2") int throttleAfter,
        @DefaultValue("2s") Duration throttleDelay,
        @DefaultValue("24h") Duration confirmationLinkValidity,
        @DefaultValue("1h") Duration resetLinkValidity) {

    public AccountProperties {
        if (localities.isEmpty()) {
            throw new IllegalArgumentException("portal.accounts.localities must name at least one locality");
        }
        if (maxFailures < 1 || throttleAfter < 1) {
            throw new IllegalArgumentException("portal.accounts.max-failures and throttle-after must be at least 1");
        }
    }
}
