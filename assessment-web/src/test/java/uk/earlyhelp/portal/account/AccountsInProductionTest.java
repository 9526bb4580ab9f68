package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.account.signin.PortalUsers;
import uk.earlyhelp.portal.security.Role;

/**
 * The account lifecycle on the production profile: PostgreSQL, and email over SMTP to the configured server (here
 * a GreenMail server standing in for the council's), with links from the configured base URL. No local outbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class AccountsInProductionTest {

    @RegisterExtension
    static final GreenMailExtension COUNCIL_SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void productionLike(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
        registry.add("EHP_SMTP_HOST", () -> "127.0.0.1");
        registry.add("EHP_SMTP_PORT", () -> COUNCIL_SMTP.getSmtp().getPort());
        registry.add("EHP_SMTP_STARTTLS", () -> "false");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountHistory history;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PortalUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aRequestIsConfirmedAndApprovedWithEmailsThroughTheCouncilsMailServer() throws Exception {
        String coordinator = "south.coordinator@council.example";
        accounts.save(Account.approved(new AccountDetails("Sam", "Okafor", coordinator, "01632 960 100",
                "Early Help Coordinator", "The Council", OrganisationType.OTHER, "South"), Role.COORDINATOR,
                encoder.encode("coordinator-passphrase-1"), Instant.now()));
        Inbox inbox = new Inbox(COUNCIL_SMTP);
        String email = "health.visitor@nhs.example";

        mvc.perform(AccountWebTest.createAccount(email, "South", AccountWebTest.PASSWORD))
                .andExpect(redirectedUrl("/create-account/check-email"));
        MimeMessage confirm = inbox.await(email, "Confirm your email address");
        assertThat(confirm.getFrom()[0].toString()).isEqualTo("Early Help Portal <no-reply@portal.test>");
        assertThat(Inbox.text(confirm)).contains("https://portal.test/create-account/confirm/");
        mvc.perform(post(Inbox.linkPath(confirm, "/create-account/confirm/")).with(csrf()))
                .andExpect(redirectedUrl("/create-account/confirmed"));
        inbox.await(coordinator, "New Early Help Portal account request in South");

        Account requested = accounts.findByEmail(email).orElseThrow();
        mvc.perform(post("/coordinator/requests/" + requested.id() + "/approve").with(csrf())
                .with(user(users.loadUserByUsername(coordinator)))).andExpect(redirectedUrl("/coordinator/requests"));
        assertThat(Inbox.text(inbox.await(email, "Your Early Help Portal login has been set up")))
                .contains("https://portal.test/sign-in");
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(AccountWebTest.PASSWORD))
                .andExpect(authenticated().withRoles("PRACTITIONER"));
    }

    @Test
    void theHistoryTableRefusesToChangeOrForget() throws Exception {
        Account account = accounts.save(Account.approved(new AccountDetails("Lee", "Ward", "lee.ward@school.example",
                "01632 960 200", "Teacher", "Hillside School", OrganisationType.SCHOOL, "North"), Role.PRACTITIONER,
                encoder.encode("a-long-enough-passphrase"), Instant.now()));
        history.record(account, AccountChange.APPROVED, "someone@council.example", Instant.now());

        assertThatThrownBy(() -> jdbc.update("update account_history set actor = 'nobody' where account_id = ?", account.id()))
                .hasMessageContaining("account_history is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from account_history where account_id = ?", account.id()))
                .hasMessageContaining("account_history is append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate account_history"))
                .hasMessageContaining("account_history is append-only");
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).hasSize(1);
    }

    @Test
    void thereIsNoLocalOutboxAndNoDemoAccount() throws Exception {
        assertThat(context.containsBean("devOutboxServer")).isFalse();
        assertThat(accounts.findByEmail("admin@example.org")).isEmpty();
        mvc.perform(get("/dev/outbox").with(user(new uk.earlyhelp.portal.security.PortalUser("not-an-account", "admin@council.example", "",
                        "Admin", null, java.util.List.of(Role.ADMIN.authority())))))
                .andExpect(status().isNotFound());
    }
}
