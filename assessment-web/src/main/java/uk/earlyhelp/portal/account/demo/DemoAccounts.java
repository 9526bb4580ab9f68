package uk.earlyhelp.portal.account.demo;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;

/**
 * One approved account per role in the account store, so the embedded default can be tried at once (README:
 * "Demo accounts"). Added at start-up where missing, so a kept ./data keeps them. Never in the {@code postgres}
 * profile: production accounts come from registration and approval (DemoAccountsAbsentInProductionTest).
 */
@Component
@Profile("!postgres")
// Before FirstAdministrator, which then finds the demo administrator and has nothing to do.
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DemoAccounts implements ApplicationRunner {

    /** Published in the README; it protects nothing but demo data on a developer's machine. */
    static final String DEMO_PASSWORD = "early-help-demo-2026";

    private record Demo(String email, String firstName, String lastName, Role role, String locality) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("practitioner@example.org", "Demo", "Practitioner", Role.PRACTITIONER, "North"),
            new Demo("practitioner2@example.org", "Second Demo", "Practitioner", Role.PRACTITIONER, "North"),
            new Demo("coordinator@example.org", "Demo", "Coordinator", Role.COORDINATOR, "North"),
            new Demo("auditor@example.org", "Demo", "Auditor", Role.AUDITOR, "North"),
            new Demo("admin@example.org", "Demo", "Administrator", Role.ADMIN, "North"));

    private final Accounts accounts;
    private final AccountHistory history;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(Accounts accounts, AccountHistory history, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (Demo demo : DEMOS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                AccountDetails details = new AccountDetails(demo.firstName(), demo.lastName(), demo.email(),
                        "01632 960000", "Demo " + demo.role().name().toLowerCase(java.util.Locale.ROOT),
                        "Demo Council", OrganisationType.OTHER, demo.locality());
                Account account = accounts.save(Account.approved(details, demo.role(), encoder.encode(DEMO_PASSWORD),
                        clock.instant()));
                history.record(account, AccountChange.SEEDED, Actors.SYSTEM, clock.instant());
            }
        }
    }
}
