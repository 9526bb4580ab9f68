package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/**
 * A coordinator acts on their own locality's children, requests and links only. Another locality's are "not found"
 * to them, whatever they try, with a valid CSRF token and a full form, and nothing changes.
 */
class OtherLocalityCoordinatorTest extends RelationshipWebTest {

    @Test
    void theSouthCoordinatorCannotSeeGrantDeclineOrEndWhatBelongsToNorth() throws Exception {
        Account south = account(Role.COORDINATOR, "South");
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);
        LinkRequestSummary pending = requestLink(practitioner.email(), child, "Family support worker");
        String southChild = recordChild(south.email(), newChild());

        assertThat(page("/coordinator/children/requests", south.email())).doesNotContain(child.firstName());
        assertThat(status("/coordinator/children/requests/" + pending.linkId(), south.email())).isEqualTo(404);
        assertThat(post("/coordinator/children/requests/" + pending.linkId() + "/grant", south, "childId", childId,
                "keyWorker", "yes")).isEqualTo(404);
        assertThat(post("/coordinator/children/requests/" + pending.linkId() + "/grant", south, "childId", southChild,
                "keyWorker", "yes")).isEqualTo(404);
        assertThat(post("/coordinator/children/requests/" + pending.linkId() + "/decline", south, "reason", "Not ours"))
                .isEqualTo(404);
        assertThat(post("/coordinator/children/requests/" + pending.linkId() + "/decline", south, "reason", ""))
                .isEqualTo(404);
        assertThat(status("/children/" + childId, south.email())).isEqualTo(404);
        assertThat(events(practitioner.id())).hasSize(1); // the request only

        // Nor may North's coordinator match North's request to South's child.
        assertThat(post("/coordinator/children/requests/" + pending.linkId() + "/grant",
                accounts.findByEmail(COORDINATOR).orElseThrow(), "childId", southChild, "keyWorker", "yes")).isEqualTo(400);
        assertThat(events(practitioner.id())).hasSize(1);

        grant(COORDINATOR, pending.linkId(), childId);
        assertThat(post("/coordinator/children/links/" + pending.linkId() + "/end", south)).isEqualTo(404);
        assertThat(events(practitioner.id())).hasSize(2); // requested, granted: not ended
        assertThat(status("/children/" + childId, practitioner.email())).isEqualTo(200);
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        for (String id : List.of("no-such-link", "l-00000000-0000-0000-0000-000000000000", "a.b", "x".repeat(65))) {
            assertThat(status("/coordinator/children/requests/" + id, COORDINATOR)).as(id).isEqualTo(404);
            assertThat(post("/coordinator/children/requests/" + id + "/grant", accounts.findByEmail(COORDINATOR)
                    .orElseThrow(), "childId", "c-1", "keyWorker", "yes")).as(id).isEqualTo(404);
            assertThat(post("/coordinator/children/links/" + id + "/end", accounts.findByEmail(COORDINATOR).orElseThrow()))
                    .as(id).isEqualTo(404);
            assertThat(status("/children/" + id, COORDINATOR)).as(id).isEqualTo(404);
        }
    }

    private int post(String path, Account as, String... nameValues) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf())
                .with(signedInAs(as.email()));
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
