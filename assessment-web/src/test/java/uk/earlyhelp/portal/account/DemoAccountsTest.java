package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.security.Role;

/** Acceptance 4: the embedded default has a demo account for each role, in the account store (never in postgres). */
class DemoAccountsTest extends AccountWebTest {

    private static final Map<String, Role> DEMOS = Map.of(
            "practitioner@example.org", Role.PRACTITIONER,
            "practitioner2@example.org", Role.PRACTITIONER,
            "coordinator@example.org", Role.COORDINATOR,
            "auditor@example.org", Role.AUDITOR,
            "admin@example.org", Role.ADMIN);

    @Test
    void eachDemoAccountSignsInWithTheDemoPasswordAndItsRole() throws Exception {
        for (Map.Entry<String, Role> demo : DEMOS.entrySet()) {
            signInFully(demo.getKey(), DEMO_PASSWORD)
                    .andExpect(authenticated().withUsername(accountIdOf(demo.getKey())).withRoles(demo.getValue().name()));
            Account account = accounts.findByEmail(demo.getKey()).orElseThrow();
            assertThat(account.status()).isEqualTo(AccountStatus.APPROVED);
            assertThat(account.passwordHash()).startsWith("{argon2}");
        }
        assertThat(accounts.findByEmail(COORDINATOR).orElseThrow().locality()).isEqualTo("North");
    }
}
