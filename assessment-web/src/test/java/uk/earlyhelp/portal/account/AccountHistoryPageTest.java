package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Acceptance 8: each account's lifecycle, as an append-only trail its locality's coordinator can read. */
class AccountHistoryPageTest extends AccountWebTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCoordinatorSeesEveryStepOfAnAccountWithWhenAndWho() throws Exception {
        String email = newAddress();
        Account account = approvedPractitioner(email);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").param("email", email).param("password", "wrong-" + i).with(csrf()));
            clock.advance(Duration.ofSeconds(20));
        }
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(post("/password-reset").param("email", email).with(csrf()));
        String link = Inbox.linkPath(inbox.await(email, "Reset your Early Help Portal password"), "/password-reset/");
        mvc.perform(post(link).param("password", "granite-willow-lantern-7").with(csrf()));

        assertThat(mvc.perform(get("/coordinator/accounts").with(signedInAs(COORDINATOR))).andReturn().getResponse()
                .getContentAsString()).contains("Accounts in North", email, "Active", "/coordinator/accounts/" + account.id());
        String page = mvc.perform(get("/coordinator/accounts/" + account.id()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Account history: Alex Jones", "Account requested", "Email address confirmed",
                "Approved", COORDINATOR, "Locked after repeated failed sign-ins", "After 5 failed sign-ins in a row",
                "The portal", "Password changed", "The account holder");
        assertThat(page.indexOf("Account requested")).isLessThan(page.indexOf("Approved"));
        assertThat(page.indexOf("Approved")).isLessThan(page.indexOf("Password changed"));
        assertThat(page).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(changes(account)).containsExactly(AccountChange.REQUESTED, AccountChange.EMAIL_CONFIRMED,
                AccountChange.APPROVED, AccountChange.LOCKED, AccountChange.PASSWORD_CHANGED);
    }

    @Test
    void theHistoryHoldsNoPasswordOrLinkToken() throws Exception {
        String email = newAddress();
        Account account = approvedPractitioner(email);
        String confirmLink = Inbox.linkPath(inbox.await(email, "Confirm your email address"), "/create-account/confirm/");
        String token = confirmLink.substring(confirmLink.lastIndexOf('/') + 1);

        for (Map<String, Object> row : jdbc.queryForList("select * from account_history where account_id = ?", account.id())) {
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                    .doesNotContain(PASSWORD, token, "argon2"));
        }
    }

    @Test
    void demoAccountsSayHowTheyCameToBe() throws Exception {
        Account coordinator = accounts.findByEmail(COORDINATOR).orElseThrow();

        assertThat(changes(coordinator)).containsExactly(AccountChange.SEEDED);
        assertThat(mvc.perform(get("/coordinator/accounts/" + coordinator.id()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString()).contains("Created as a demo account");
    }
}
