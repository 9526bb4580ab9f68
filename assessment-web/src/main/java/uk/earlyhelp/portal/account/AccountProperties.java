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
 * @param setPasswordLinkValidity  how long the link a new staff account gets to set its first password works
 * @param firstAdministrator       who becomes the first administrator of a portal that has none (production)
 */
@ConfigurationProperties("portal.accounts")
public record AccountProperties(
        @DefaultValue({"North", "South", "East", "West", "Central"}) List<String> localities,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("2") int throttleAfter,
        @DefaultValue("2s") Duration throttleDelay,
        @DefaultValue("24h") Duration confirmationLinkValidity,
        @DefaultValue("1h") Duration resetLinkValidity,
        @DefaultValue("24h") Duration setPasswordLinkValidity,
        @DefaultValue FirstAdministrator firstAdministrator) {

    public AccountProperties {
        if (localities.isEmpty()) {
            throw new IllegalArgumentException("portal.accounts.localities must name at least one locality");
        }
        if (maxFailures < 1 || throttleAfter < 1) {
            throw new IllegalArgumentException("portal.accounts.max-failures and throttle-after must be at least 1");
        }
    }

    /**
     * At start-up, while no administrator can sign in, an account for this person is made, unable to sign in until
     * they set a password from a link emailed to them (valid for {@code set-password-link-validity}). Unset (blank)
     * in the embedded default, which has a demo administrator. Ignored once any administrator can sign in.
     *
     * @param email     their work email address, which becomes their username
     * @param firstName their first name, required with the email address
     * @param lastName  their last name, required with the email address
     */
    public record FirstAdministrator(String email, String firstName, String lastName) {

        public FirstAdministrator {
            if (isSet(email) && (!isSet(firstName) || !isSet(lastName) || !email.contains("@"))) {
                throw new IllegalArgumentException("portal.accounts.first-administrator needs an email address, "
                        + "a first-name and a last-name");
            }
        }

        public boolean configured() {
            return isSet(email);
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }
    }
}
