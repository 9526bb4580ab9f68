package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.ChildViewed;

/**
 * The locality's coordinator changes a child's details from the child's page: the form starts from what the record
 * holds, refuses what "Add a child record" refuses (shown again as typed), records nothing when nothing changed, and a
 * linked practitioner sees the new details at once. Anyone else is "not found", exactly as for an unknown id.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChildDetailsChangeTest extends RelationshipWebTest {

    @Test
    void theCoordinatorChangesTheDetailsAndTheLinkedPractitionerSeesThemAtOnce() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = linked(practitioner.email(), child);
        assertThat(page("/children/" + childId, COORDINATOR)).contains("id=\"change-details\"",
                "/children/" + childId + "/change", "These details have not been changed since the record was made.");
        assertThat(page("/children/" + childId, practitioner.email())).doesNotContain("change-details");

        String form = page("/children/" + childId + "/change", COORDINATOR);
        assertThat(form).contains("<title>Change the child&#39;s details", "value=\"" + child.firstName() + "\"",
                "value=\"14\"", "value=\"3\"", "value=\"2019\"", "1 High Street\nNorthtown", "Health visitor: Ann Jones",
                "Mosaic person reference: " + child.mosaicPersonReference() + ". It identifies the record")
                .doesNotContain("name=\"mosaicPersonReference\"");

        ChildDetails moved = new ChildDetails(child.firstName(), "Smith-Jones", "2019-03-14", "4 New Road\nSouthtown",
                "01632 960456", child.email(), child.mosaicPersonReference(),
                "Health visitor: Ann Jones, 01632 960999\nFamily worker: Bo Khan");
        MockHttpServletResponse saved = change(childId, COORDINATOR, moved);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/children/" + childId);
        String coordinatorId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        assertThat(events(childId)).contains(new ChildDetailsChanged(childId, moved, ChildSource.COORDINATOR, coordinatorId));

        assertThat(mvc.perform(get("/children/" + childId).flashAttr("detailsChanged", true).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString()).contains("The child&#39;s details have been changed");
        // At once, without waiting for any projection: the child's page reads the child's own events.
        assertThat(page("/children/" + childId, practitioner.email())).contains("Smith-Jones", "4 New Road",
                "01632 960456", "Family worker: Bo Khan").doesNotContain("1 High Street");
        assertThat(eventually(() -> page("/", practitioner.email()).contains("4 New Road"), "the new address on the panel"))
                .isTrue();
        assertThat(eventually(() -> page("/coordinator/children", COORDINATOR).contains(child.firstName() + " Smith-Jones"),
                "the new name in the coordinator's list")).isTrue();
        String history = eventually(() -> {
            String page = page("/children/" + childId, COORDINATOR);
            return page.contains("id=\"changes\"") ? page : null;
        }, "the change in the record's history");
        assertThat(history).contains("Changes to these details", "Demo Coordinator",
                "Last name, Address, Phone number, Involved workers", "Change form").doesNotContain("1 High Street");
    }

    @Test
    void savingTheFormUntouchedRecordsNothingAndSaysSo() throws Exception {
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);

        MvcResult saved = changed(childId, COORDINATOR, child);

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/children/" + childId);
        assertThat(saved.getFlashMap().keySet()).contains("detailsUnchanged").doesNotContain("detailsChanged");
        assertThat(events(childId).stream().filter(ChildDetailsChanged.class::isInstance)).isEmpty();
        assertThat(changed(childId, COORDINATOR, withAddress(child, "9 Other Street")).getFlashMap().keySet())
                .contains("detailsChanged");
        assertThat(events(childId).stream().filter(ChildDetailsChanged.class::isInstance)).hasSize(1);
    }

    @Test
    void aFormWithProblemsIsShownAgainAsTypedWithEveryProblemAndChangesNothing() throws Exception {
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);

        MockHttpServletResponse refused = mvc.perform(post("/children/" + childId + "/change").with(csrf())
                .with(signedInAs(COORDINATOR)).param("firstName", "Ottoline").param("lastName", " ")
                .param("dateOfBirthDay", "1").param("dateOfBirthMonth", "1").param("dateOfBirthYear", "2099")
                .param("address", "2 Low Road").param("email", "not an email").param("involvedWorkers", "")
                .param("mosaicPersonReference", "P-TAMPERED")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("<title>Error: Change the child&#39;s details",
                "There is a problem", "href=\"#lastName\"", "Enter the child&#39;s last name", "href=\"#dateOfBirth\"",
                "Date of birth must be today or in the past", "href=\"#email\"", "value=\"Ottoline\"",
                "value=\"2099\"", "2 Low Road", "value=\"not an email\"",
                "Mosaic person reference: " + child.mosaicPersonReference())
                .doesNotContain("href=\"#mosaicPersonReference\"");
        assertThat(events(childId)).hasSize(1).first().isInstanceOf(ChildRecorded.class);
    }

    @Test
    void anyoneButTheLocalitysCoordinatorIsNotFoundAndNothingChanges(CapturedOutput output) throws Exception {
        Account linkedOne = account(Role.PRACTITIONER, "North");
        Account south = account(Role.COORDINATOR, "South");
        ChildDetails child = newChild();
        String childId = linked(linkedOne.email(), child);
        List<Object> before = events(childId);
        String unknown = "c-00000000-0000-0000-0000-000000000000";

        for (String other : List.of(south.email(), linkedOne.email(), PRACTITIONER, "auditor@example.org",
                "admin@example.org")) {
            MockHttpServletResponse form = perform(get("/children/" + childId + "/change"), other);
            assertThat(form.getStatus()).as(other).isEqualTo(404);
            assertThat(withoutTokens(form.getContentAsString())).as(other)
                    .isEqualTo(withoutTokens(perform(get("/children/" + unknown + "/change"), other).getContentAsString()))
                    .doesNotContain(child.firstName());
            assertThat(change(childId, other, withAddress(child, "Somewhere else")).getStatus()).as(other).isEqualTo(404);
        }
        assertThat(change(unknown, COORDINATOR, child).getStatus()).isEqualTo(404);
        assertThat(events(childId)).isEqualTo(before);
        assertThat(events(childId).stream().filter(ChildViewed.class::isInstance)).isEmpty();
        assertThat(output.getAll()).contains("Refused a change to child record " + childId, south.id())
                .doesNotContain(child.firstName()).doesNotContain(south.email());
    }

    @Test
    void theChangeNeedsTheCsrfToken() throws Exception {
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);

        assertThat(mvc.perform(post("/children/" + childId + "/change").with(signedInAs(COORDINATOR))
                .param("firstName", "Changed").param("lastName", "Without Token")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(events(childId)).hasSize(1);
    }

    private MockHttpServletResponse change(String childId, String user, ChildDetails details) throws Exception {
        return changed(childId, user, details).getResponse();
    }

    /** The change as posted, with the flash attributes it left for the child's page. */
    private MvcResult changed(String childId, String user, ChildDetails details) throws Exception {
        return mvc.perform(post("/children/" + childId + "/change").with(csrf())
                .param("firstName", details.firstName()).param("lastName", details.lastName())
                .param("dateOfBirthDay", details.dateOfBirth().substring(8))
                .param("dateOfBirthMonth", details.dateOfBirth().substring(5, 7))
                .param("dateOfBirthYear", details.dateOfBirth().substring(0, 4))
                .param("address", details.address()).param("phone", details.phone()).param("email", details.email())
                .param("involvedWorkers", details.involvedWorkers()).with(signedInAs(user))).andReturn();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(signedInAs(user))).andReturn().getResponse();
    }

    private static ChildDetails withAddress(ChildDetails d, String address) {
        return new ChildDetails(d.firstName(), d.lastName(), d.dateOfBirth(), address, d.phone(), d.email(),
                d.mosaicPersonReference(), d.involvedWorkers());
    }

    /** A page without what differs on every response (CSRF token, script nonce). */
    private static String withoutTokens(String page) {
        return page.replaceAll("content=\"[^\"]{40,}\"", "content=\"…\"").replaceAll("nonce=\"[^\"]+\"", "nonce=\"…\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }
}
