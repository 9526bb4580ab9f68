package uk.earlyhelp.portal.account.secondfactor;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Accounts;

/**
 * The embedded default's demo staff accounts come enrolled with the demo TOTP secret given in the README, so that a
 * newcomer can sign in as each role ({@code oathtool --totp -b SECRET}). Never in the {@code postgres} profile, as
 * the demo accounts themselves; an enrolment already there (a kept ./data) is left as it is.
 */
@Component
@Profile("!postgres")
@Order(Ordered.LOWEST_PRECEDENCE) // after DemoAccounts
class DemoSecondFactors implements ApplicationRunner {

    static final List<String> DEMO_STAFF = List.of("coordinator@example.org", "auditor@example.org", "admin@example.org");

    private final Accounts accounts;
    private final SecondFactors factors;
    private final SecondFactorProperties properties;

    DemoSecondFactors(Accounts accounts, SecondFactors factors, SecondFactorProperties properties) {
        this.accounts = accounts;
        this.factors = factors;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.demoSecret() == null || properties.demoSecret().isBlank()) {
            return;
        }
        for (String email : DEMO_STAFF) {
            accounts.findByEmail(email).filter(account -> factors.of(account.id()).isEmpty())
                    .ifPresent(account -> factors.enrol(account.id(), properties.demoSecret(), -1, List.of()));
        }
    }
}
