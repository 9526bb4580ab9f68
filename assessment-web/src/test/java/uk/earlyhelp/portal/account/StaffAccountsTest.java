package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.portal.account.signin.PortalUsers;
import uk.earlyhelp.portal.security.Role;

/**
 * An administrator's staff accounts: the list, adding a coordinator, auditor or administrator (who sets a password
 * from an emailed link), removing one, and never the last administrator. Only administrators reach these pages.
 */
class StaffAccountsTest extends AccountWebTest {

    private static final String ADMIN = "admin@example.org";
    private static final String AUDITOR = "auditor@example.org";

    @Autowired
    PortalUsers users;

    @Test
    void theListShowsEveryStaffAccountWithItsRoleLocalityAndStatusAndNoPractitioner() throws Exception {
        String list = mvc.perform(get("/admin/accounts").with(signedInAs(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(list).contains("Staff accounts", COORDINATOR, AUDITOR, ADMIN, "Early Help coordinator", "Auditor",
                "Administrator", "North", "Active", "href=\"/admin/accounts/new\"").doesNotContain(PRACTITIONER);
    }

    @Test
    void anAddedCoordinatorSetsAPasswordFromTheEmailedLinkAndSignsInForTheirLocality() throws Exception {
        String email = newAddress();
        MvcResult added = mvc.perform(addStaff("Kim", email, "COORDINATOR", "South").with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/accounts")).andReturn();
        assertThat(mvc.perform(get("/admin/accounts").with(signedInAs(ADMIN)).flashAttrs(added.getFlashMap()))
                .andReturn().getResponse().getContentAsString())
                .contains("Account added for Kim Patel", email, "Password not set yet");
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(unauthenticated());

        MimeMessage invitation = inbox.await(email, "Set your password for the Early Help Portal");
        assertThat(Inbox.text(invitation)).contains("as Early Help coordinator", "The link works once, for 24 hours");
        String link = Inbox.linkPath(invitation, "/set-password/");
        assertThat(page(link)).contains("Set your password", email, "autocomplete=\"new-password\"");
        String tooShort = mvc.perform(post(link).param("password", "too short").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooShort).contains("<title>Error: Set your password", "Password must be 12 characters or more",
                "href=\"#password\"").doesNotContain("too short");
        mvc.perform(post(link).param("password", PASSWORD).with(csrf())).andExpect(redirectedUrl("/set-password/done"));

        assertThat(page(link)).contains("This link does not work");
        signInFully(email, PASSWORD).andExpect(authenticated().withRoles("COORDINATOR"));
        assertThat(users.loadUserByUsername(email).getLocality()).isEqualTo("South");
        assertThat(changes(account)).containsExactly(AccountChange.INVITED, AccountChange.PASSWORD_SET,
                AccountChange.SECOND_FACTOR_ENROLLED);
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id()))
                .extracting(AccountHistoryEntry::actor, AccountHistoryEntry::detail)
                .containsExactly(Tuple.tuple(accountIdOf(ADMIN), "Early Help coordinator, South"),
                        Tuple.tuple(Actors.SELF, null), Tuple.tuple(account.id(), null));
    }

    @Test
    void theFormSaysWhatIsWrongInAnErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String email = newAddress();
        String coordinatorWithoutLocality = mvc.perform(addStaff("Kim", email, "COORDINATOR", "").with(signedInAs(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coordinatorWithoutLocality).contains("<title>Error: Add a staff account", "There is a problem",
                "href=\"#locality\"", "Select the locality of the coordinator", "value=\"Kim\"", "value=\"" + email + "\"",
                "value=\"01632 960 111\"", "value=\"Early Help Coordinator\"");
        assertThat(coordinatorWithoutLocality).containsPattern("value=\"COORDINATOR\"\\s+checked");

        String empty = mvc.perform(post("/admin/accounts/new").with(csrf()).with(signedInAs(ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Enter their first name", "Enter their last name", "Enter their work email address",
                "Enter their phone number", "Enter their job title", "Select the role of the account");
        String taken = mvc.perform(addStaff("Kim", COORDINATOR, "AUDITOR", "").with(signedInAs(ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("An account with this email address already exists", "href=\"#email\"");

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(inbox.to(email)).isEmpty();
    }

    @Test
    void anAuditorNeedsNoLocality() throws Exception {
        String email = newAddress();
        mvc.perform(addStaff("Sam", email, "AUDITOR", "").with(signedInAs(ADMIN))).andExpect(redirectedUrl("/admin/accounts"));

        Account auditor = accounts.findByEmail(email).orElseThrow();
        assertThat(auditor.role()).isEqualTo(Role.AUDITOR);
        assertThat(auditor.locality()).isNull();
        inbox.await(email, "Set your password");
    }

    @Test
    void theLinkWorksFor24HoursAndTheAdministratorCanSendANewOne() throws Exception {
        String email = newAddress();
        mvc.perform(addStaff("Sam", email, "AUDITOR", "").with(signedInAs(ADMIN))).andExpect(redirectedUrl("/admin/accounts"));
        Account account = accounts.findByEmail(email).orElseThrow();
        String first = Inbox.linkPath(inbox.await(email, "Set your password"), "/set-password/");

        clock.advance(Duration.ofHours(23));
        assertThat(page(first)).contains("Set your password");
        clock.advance(Duration.ofHours(2));
        assertThat(page(first)).contains("This link does not work", "Ask your portal administrator");
        mvc.perform(post("/admin/accounts/" + account.id() + "/new-link").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/accounts"));
        String second = Inbox.linkPath(inbox.await(email, 2).get(1), "/set-password/");

        assertThat(second).isNotEqualTo(first);
        mvc.perform(post(second).param("password", PASSWORD).with(csrf())).andExpect(redirectedUrl("/set-password/done"));
        assertThat(changes(account)).containsExactly(AccountChange.INVITED, AccountChange.INVITATION_RENEWED,
                AccountChange.PASSWORD_SET);
        mvc.perform(post("/admin/accounts/" + account.id() + "/new-link").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRemovedAccountIsSignedOutAtOnceAndNeverSignsInAgain() throws Exception {
        String email = activeStaff("AUDITOR");
        Account account = accounts.findByEmail(email).orElseThrow();
        MockHttpSession session = (MockHttpSession) signInFully(email, PASSWORD)
                .andExpect(authenticated().withRoles("AUDITOR")).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        assertThat(page("/admin/accounts/" + account.id() + "/remove", ADMIN)).contains("Remove the account of Sam Patel?");
        mvc.perform(post("/admin/accounts/" + account.id() + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?sessionEnded"));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(accounts.findById(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.REMOVED);
        assertThat(changes(account)).endsWith(AccountChange.REMOVED);
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).last()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(accountIdOf(ADMIN)));
        mvc.perform(post("/admin/accounts/" + account.id() + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorReadsAStaffAccountsHistoryEvenOnceRemovedButNoPractitionersAndNoOneElseDoes() throws Exception {
        String email = activeStaff("AUDITOR");
        Account account = accounts.findByEmail(email).orElseThrow();
        String historyPage = "/admin/accounts/" + account.id() + "/history";
        assertThat(page("/admin/accounts", ADMIN)).contains("href=\"" + historyPage + "\"");
        mvc.perform(post("/admin/accounts/" + account.id() + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/accounts"));

        String history = page(historyPage, ADMIN);

        assertThat(history).contains("<title>Account history", "Account history: Sam Patel", email, "Auditor",
                "Account created; a link to set the password was emailed", "Password set", "href=\"/admin/accounts\"");
        assertThat(history.indexOf("Password set")).isLessThan(history.lastIndexOf(">Removed<"));
        assertThat(Pattern.compile("<td class=\"govuk-table__cell\">\\s*" + ADMIN + "\\s*</td>").matcher(history)
                .results().count()).as("the administrator named as who added and who removed it").isEqualTo(2);
        Account practitioner = approvedPractitioner(newAddress());
        mvc.perform(get("/admin/accounts/" + practitioner.id() + "/history").with(signedInAs(ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts/no-such-account/history").with(signedInAs(ADMIN)))
                .andExpect(status().isNotFound());
        for (String user : new String[] {PRACTITIONER, COORDINATOR, AUDITOR}) {
            mvc.perform(get(historyPage).with(signedInAs(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theLastAdministratorWhoCanSignInCannotBeRemoved() throws Exception {
        // Other tests share this portal: first remove every other administrator who can sign in.
        for (Account other : accounts.findAll()) {
            if (other.role() == Role.ADMIN && other.status() == AccountStatus.APPROVED && !other.email().equals(ADMIN)) {
                mvc.perform(post("/admin/accounts/" + other.id() + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                        .andExpect(redirectedUrl("/admin/accounts"));
            }
        }
        // One who has not set a password yet cannot sign in, so does not count.
        mvc.perform(addStaff("Ali", newAddress(), "ADMIN", "").with(signedInAs(ADMIN)))
                .andExpect(redirectedUrl("/admin/accounts"));
        Account last = accounts.findByEmail(ADMIN).orElseThrow();

        String refused = mvc.perform(post("/admin/accounts/" + last.id() + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("<title>Error: Remove an account", "You cannot remove the last administrator",
                "href=\"#remove\"");
        assertThat(accounts.findById(last.id()).orElseThrow().status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(changes(last)).doesNotContain(AccountChange.REMOVED);
    }

    @Test
    void onlyAnAdministratorReachesThesePagesAndOnlyWithTheCsrfToken() throws Exception {
        String email = newAddress();
        for (String user : new String[] {PRACTITIONER, COORDINATOR, AUDITOR}) {
            mvc.perform(get("/admin/accounts").with(signedInAs(user))).andExpect(status().isForbidden());
            mvc.perform(addStaff("Kim", email, "ADMIN", "").with(signedInAs(user))).andExpect(status().isForbidden());
            Account coordinator = accounts.findByEmail(COORDINATOR).orElseThrow();
            mvc.perform(post("/admin/accounts/" + coordinator.id() + "/remove").with(csrf()).with(signedInAs(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/accounts/new").param("firstName", "Kim").param("lastName", "Patel")
                .param("email", email).param("phone", "01632 960 111").param("jobTitle", "Auditor")
                .param("role", "ADMIN").with(signedInAs(ADMIN))).andExpect(status().isForbidden());

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(accounts.findByEmail(COORDINATOR).orElseThrow().status()).isEqualTo(AccountStatus.APPROVED);
    }

    @Test
    void aPractitionersAccountIsNotAStaffAccountToRemove() throws Exception {
        Account practitioner = approvedPractitioner(newAddress());

        mvc.perform(get("/admin/accounts/" + practitioner.id() + "/remove").with(signedInAs(ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/accounts/" + practitioner.id() + "/remove").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isNotFound());
        assertThat(accounts.findById(practitioner.id()).orElseThrow().status()).isEqualTo(AccountStatus.APPROVED);
    }

    @Test
    void theServiceNavigationOffersStaffAccountsToAdministratorsOnly() throws Exception {
        assertThat(page("/accessibility", ADMIN)).contains("href=\"/admin/accounts\"", "Staff accounts");
        for (String user : new String[] {PRACTITIONER, COORDINATOR, AUDITOR}) {
            assertThat(page("/accessibility", user)).doesNotContain("href=\"/admin/accounts\"");
        }
    }

    /** A staff account whose holder has set their password ({@link #PASSWORD}) from the emailed link. */
    private String activeStaff(String role) throws Exception {
        String email = newAddress();
        mvc.perform(addStaff("Sam", email, role, "").with(signedInAs(ADMIN))).andExpect(redirectedUrl("/admin/accounts"));
        String link = Inbox.linkPath(inbox.await(email, "Set your password"), "/set-password/");
        mvc.perform(post(link).param("password", PASSWORD).with(csrf())).andExpect(redirectedUrl("/set-password/done"));
        return email;
    }

    private static MockHttpServletRequestBuilder addStaff(String firstName, String email, String role, String locality) {
        return post("/admin/accounts/new").with(csrf()).param("firstName", firstName).param("lastName", "Patel")
                .param("email", email).param("phone", "01632 960 111").param("jobTitle", "Early Help Coordinator")
                .param("role", role).param("locality", locality);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(signedInAs(user))).andReturn().getResponse().getContentAsString();
    }
}
