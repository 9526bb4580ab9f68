package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.security.Role;

/** The steps of an account's life that the entity allows, and the ones it refuses, without Spring. */
class AccountLifecycleTest {

    private static Account approved() {
        return Account.approved(new AccountDetails("Lee", "Ward", "lee.ward@school.example", "01632 960 200", "Teacher",
                "Hillside School", OrganisationType.SCHOOL, "North"), Role.PRACTITIONER, "{noop}x", Instant.EPOCH);
    }

    @Test
    void anApprovedAccountExpiresAndIsReactivated() {
        Account account = approved();

        account.expire();
        assertThat(account.status()).isEqualTo(AccountStatus.EXPIRED);
        account.reactivate(Instant.EPOCH.plusSeconds(60));
        assertThat(account.status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(account.lastUsedAt()).as("reactivation counts as use").isEqualTo(Instant.EPOCH.plusSeconds(60));
    }

    @Test
    void onlyAnApprovedAccountExpiresAndOnlyAnExpiredOneIsReactivated() {
        Account account = approved();
        assertThatThrownBy(() -> account.reactivate(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);

        account.expire();
        assertThatThrownBy(account::expire).isInstanceOf(IllegalStateException.class);
        assertThat(account.status()).isEqualTo(AccountStatus.EXPIRED);
    }
}
