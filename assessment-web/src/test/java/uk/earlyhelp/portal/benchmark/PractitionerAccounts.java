package uk.earlyhelp.portal.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;

/**
 * Approved practitioner accounts for many simulated practitioners, each signing in with its own email address (one
 * account signed in from 50 browsers at once is not a morning rush: it queues on that account's row).
 */
public final class PractitionerAccounts {

    private PractitionerAccounts() {
    }

    /** Makes any of {@code count} accounts that do not exist yet; all have {@code password}. Returns their emails. */
    public static List<String> ensure(ApplicationContext portal, int count, String password) {
        Accounts accounts = portal.getBean(Accounts.class);
        String hash = portal.getBean(PasswordEncoder.class).encode(password);
        Clock clock = portal.getBean(Clock.class);
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String email = "load-practitioner-" + i + "@example.org";
            if (accounts.findByEmail(email).isEmpty()) {
                accounts.save(Account.approved(new AccountDetails("Load", "Practitioner " + i, email, "01632 960000",
                        "School nurse", "Load Test School", OrganisationType.OTHER, "North"), Role.PRACTITIONER, hash,
                        clock.instant()));
            }
            emails.add(email);
        }
        return emails;
    }
}
