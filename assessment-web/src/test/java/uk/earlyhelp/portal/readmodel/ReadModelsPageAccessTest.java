package uk.earlyhelp.portal.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * The read models page is the administrators' alone, and it lists every event processor; each of them keeps the
 * events it fails on in a dead-letter queue (none uses Axon's default of logging and skipping).
 */
class ReadModelsPageAccessTest extends PortalWebTest {

    private static final String ADMIN = "admin@example.org";
    private static final List<String> POSTS = List.of("/admin/read-models/retry", "/admin/read-models/replay");
    private static final List<String> READ_MODELS = List.of("child-records", "child-view-history", "link-requests",
            "linked-children", "my-assessments", "reconciliation");

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ReadModelGroups readModels;

    @Test
    void everyEventProcessorKeepsTheEventsItFailsOnInADeadLetterQueue() {
        assertThat(processing.eventProcessors().keySet()).isNotEmpty().allSatisfy(name -> assertThat(
                processing.deadLetterQueue(name)).as("dead-letter queue of " + name).isPresent());
        assertThat(readModels.names()).containsAll(READ_MODELS).doesNotContain("parked-delivery-mail");
    }

    @Test
    void practitionersCoordinatorsAndAuditorsAreRefusedThePageAndEveryAction() throws Exception {
        for (String user : List.of(PRACTITIONER, "coordinator@example.org", "auditor@example.org")) {
            mvc.perform(get(ReadModelsController.PAGE).with(signedInAs(user))).andExpect(status().isForbidden());
            for (String action : POSTS) {
                mvc.perform(post(action).param("processor", "my-assessments").with(csrf()).with(signedInAs(user)))
                        .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get(ReadModelsController.PAGE)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        for (String action : POSTS) {
            mvc.perform(post(action).param("processor", "my-assessments").with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        }
    }

    @Test
    void anAdministratorsActionsNeedTheCsrfToken() throws Exception {
        for (String action : POSTS) {
            mvc.perform(post(action).param("processor", "my-assessments").with(signedInAs(ADMIN)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anAdministratorSeesEveryProcessorAndMayReplayOnlyTheReadModels() throws Exception {
        String page = mvc.perform(get(ReadModelsController.PAGE).with(signedInAs(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (String name : processing.eventProcessors().keySet()) {
            assertThat(page).contains("data-processor=\"" + name + "\"");
        }
        assertThat(page).contains("Replay from the start", "href=\"/admin/read-models\"");
        mvc.perform(post("/admin/read-models/replay").param("processor", "parked-delivery-mail").with(csrf())
                        .with(signedInAs(ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(((ReadModelBanner) result.getFlashMap().get(ReadModelBanner.ATTRIBUTE))
                        .heading()).isEqualTo("parked-delivery-mail is not a read model that can be replayed"));
        mvc.perform(post("/admin/read-models/retry").param("processor", "no-such").with(csrf())
                        .with(signedInAs(ADMIN)))
                .andExpect(result -> assertThat(((ReadModelBanner) result.getFlashMap().get(ReadModelBanner.ATTRIBUTE))
                        .heading()).isEqualTo("There is no such processor"));
    }
}
