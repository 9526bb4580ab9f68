package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5 (accounts): a coordinator acts on their own locality's requests only. Another locality's request
 * is "not found" to them, whatever they try, and nothing about it changes.
 */
class CoordinatorLocalityTest extends AccountWebTest {

    @Test
    void theNorthCoordinatorNeitherSeesNorDecidesASouthRequest() throws Exception {
        Account south = confirmedRequest(newAddress(), "South");
        int emailsBefore = inbox.to(south.email()).size();

        assertThat(mvc.perform(get("/coordinator/requests").with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(south.id());
        mvc.perform(get("/coordinator/requests/" + south.id()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/coordinator/requests/" + south.id() + "/approve").with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/coordinator/requests/" + south.id() + "/reject").param("reason", "Not ours")
                        .with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/coordinator/requests/" + south.id() + "/reject").param("reason", "")
                        .with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/coordinator/accounts/" + south.id()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());

        Account after = accounts.findById(south.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(AccountStatus.CONFIRMED);
        assertThat(changes(after)).containsExactly(AccountChange.REQUESTED, AccountChange.EMAIL_CONFIRMED);
        assertThat(inbox.to(south.email())).hasSize(emailsBefore);
    }

    @Test
    void anUnknownOrAlreadyDecidedRequestIsNotFoundEither() throws Exception {
        Account approved = approvedPractitioner(newAddress());

        mvc.perform(post("/coordinator/requests/" + approved.id() + "/reject").param("reason", "Changed my mind")
                .with(csrf()).with(signedInAs(COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(post("/coordinator/requests/no-such-request/approve").with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());
        assertThat(accounts.findById(approved.id()).orElseThrow().status()).isEqualTo(AccountStatus.APPROVED);
    }

    @Test
    void onlyCoordinatorsReachTheQueueAndSignedOutVisitorsAreSentToSignIn() throws Exception {
        Account request = confirmedRequest(newAddress(), "North");

        for (String user : new String[] {PRACTITIONER, "auditor@example.org", "admin@example.org"}) {
            mvc.perform(get("/coordinator/requests").with(signedInAs(user))).andExpect(status().isForbidden());
            mvc.perform(post("/coordinator/requests/" + request.id() + "/approve").with(csrf()).with(signedInAs(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/coordinator/requests"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        mvc.perform(get("/coordinator/accounts/" + request.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        assertThat(accounts.findById(request.id()).orElseThrow().status()).isEqualTo(AccountStatus.CONFIRMED);
    }

    @Test
    void decidingNeedsTheCsrfToken() throws Exception {
        Account request = confirmedRequest(newAddress(), "North");

        mvc.perform(post("/coordinator/requests/" + request.id() + "/approve").with(signedInAs(COORDINATOR)))
                .andExpect(status().isForbidden());
        assertThat(accounts.findById(request.id()).orElseThrow().status()).isEqualTo(AccountStatus.CONFIRMED);
    }
}
