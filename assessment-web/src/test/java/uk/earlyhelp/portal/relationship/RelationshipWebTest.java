package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/**
 * Professional relationships on the shared running portal, through its pages as a browser posts them. Each test makes
 * its own children (unique names and Mosaic references) and, where it needs them, its own accounts, so that tests
 * never see each other's links.
 */
abstract class RelationshipWebTest extends PortalWebTest {

    static final String COORDINATOR = "coordinator@example.org";
    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    GreenMail devOutboxServer;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    RelationshipQueries queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    Inbox inbox;

    @BeforeEach
    void inbox() {
        inbox = new Inbox(devOutboxServer);
    }

    /** A child no other test uses: a unique first name and Mosaic person reference. */
    static ChildDetails newChild() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return new ChildDetails("Kit" + unique, "Smith", "2019-03-14", "1 High Street\nNorthtown", "01632 960123",
                "family-" + unique + "@example.org", "P" + unique.toUpperCase(), "Health visitor: Ann Jones, 01632 960999");
    }

    /** The coordinator adds the child through "Add a child record"; the id the portal gives it. */
    String recordChild(String coordinator, ChildDetails child) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/coordinator/children/new").with(csrf())
                .with(signedInAs(coordinator))
                .param("firstName", child.firstName()).param("lastName", child.lastName())
                .param("dateOfBirthDay", child.dateOfBirth().substring(8)).param("dateOfBirthMonth", child.dateOfBirth().substring(5, 7))
                .param("dateOfBirthYear", child.dateOfBirth().substring(0, 4))
                .param("address", child.address()).param("phone", child.phone()).param("email", child.email())
                .param("mosaicPersonReference", child.mosaicPersonReference())
                .param("involvedWorkers", child.involvedWorkers())).andReturn().getResponse();
        assertThat(response.getStatus()).as("adding a child").isEqualTo(302);
        return ChildRecords.childId(accounts.findByEmail(coordinator).orElseThrow().locality(), child, null, null);
    }

    /** The practitioner asks for a link from the dashboard; the request as the coordinator's queue then shows it. */
    LinkRequestSummary requestLink(String practitioner, ChildDetails child, String reason) throws Exception {
        mvc.perform(post("/relationships/request").with(csrf()).with(signedInAs(practitioner))
                        .param("firstName", child.firstName()).param("lastName", child.lastName())
                        .param("dateOfBirthDay", child.dateOfBirth().substring(8))
                        .param("dateOfBirthMonth", child.dateOfBirth().substring(5, 7))
                        .param("dateOfBirthYear", child.dateOfBirth().substring(0, 4))
                        .param("mosaicPersonReference", "").param("reason", reason))
                .andReturn();
        String locality = accounts.findByEmail(practitioner).orElseThrow().locality();
        return eventually(() -> queries.pendingRequests(locality).requests().stream()
                .filter(r -> r.child().firstName().equals(child.firstName())).findFirst().orElse(null),
                "the request in the coordinator's queue");
    }

    /** The coordinator grants the request as key worker, matched to the child's record. */
    void grant(String coordinator, String linkId, String childId) throws Exception {
        int status = mvc.perform(post("/coordinator/children/requests/" + linkId + "/grant").with(csrf())
                .with(signedInAs(coordinator)).param("childId", childId).param("keyWorker", "yes"))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("granting").isEqualTo(302);
    }

    /** A practitioner linked to a new child of the demo coordinator's locality: the child's id. */
    String linked(String practitioner, ChildDetails child) throws Exception {
        String childId = recordChild(COORDINATOR, child);
        LinkRequestSummary request = requestLink(practitioner, child, "I am the family support worker");
        grant(COORDINATOR, request.linkId(), childId);
        return childId;
    }

    /** A fresh approved account with a role and locality, signed in with {@link #signedInAs}. */
    Account account(Role role, String locality) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        return accounts.save(Account.approved(new AccountDetails("Test", role.name().toLowerCase() + " " + locality,
                        email, "01632 960000", "Tester", "Test Council", OrganisationType.OTHER, locality), role,
                passwords.encode(DEMO_PASSWORD), clock.instant()));
    }

    String page(String path, String user) {
        try {
            return get(path, user).getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    int status(String path, String user) {
        return get(path, user).getStatus();
    }

    private MockHttpServletResponse get(String path, String user) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path).with(signedInAs(user))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<Object> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    static <T> T eventually(Supplier<T> value, String what) {
        long giveUpAt = System.nanoTime() + WAIT.toNanos();
        T last = value.get();
        while (last == null || Boolean.FALSE.equals(last)) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("Not within " + WAIT + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            last = value.get();
        }
        return last;
    }
}
