package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.EndAllLinks;
import uk.earlyhelp.relationship.api.LinkEndReason;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/**
 * Acceptance 6: the relationship read models are projections, each in a pooled processor of its own, and a replay
 * from the start of the event stream rebuilds every row exactly as it was (and drops any row no event made): requests
 * granted, declined, withdrawn by their practitioner and withdrawn by an expiry, and a child whose details changed (the
 * last details, and the history of the changes) included.
 */
class RelationshipReplayTest extends RelationshipWebTest {

    /** Each processing group and the tables it alone writes, with the order that makes a comparison stable. */
    static final Map<String, List<String>> GROUPS = new LinkedHashMap<>(Map.of(
            "child-records", List.of("select * from child_record order by child_id",
                    "select * from child_detail_change order by change_id"),
            "child-view-history", List.of("select * from child_view order by view_id"),
            "link-requests", List.of("select * from link_request order by link_id"),
            "linked-children", List.of("select * from linked_child order by link_id")));

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void aReplayOfEveryRelationshipProjectionRebuildsExactlyTheSameRows() throws Exception {
        Account kept = account(Role.PRACTITIONER, "North");
        Account ended = account(Role.PRACTITIONER, "North");
        ChildDetails keptDetails = newChild();
        String keptChild = linked(kept.email(), keptDetails);
        page("/children/" + keptChild, kept.email());
        page("/children/" + keptChild, COORDINATOR);
        // Changed twice: the row must be rebuilt with the last details, and the history with both changes.
        changeAddress(keptChild, keptDetails, "4 New Road");
        changeAddress(keptChild, keptDetails, "5 Newer Road");
        String endedChild = linked(ended.email(), newChild());
        String endedLink = eventually(() -> queries.activeLinksTo(endedChild).requests().stream().findFirst()
                .orElse(null), "the link to end").linkId();
        mvc.perform(post("/coordinator/children/links/" + endedLink + "/end").with(csrf()).with(signedInAs(COORDINATOR)));
        ChildDetails declinedChild = newChild();
        LinkRequestSummary declined = requestLink(kept.email(), declinedChild, "Teacher");
        mvc.perform(post("/coordinator/children/requests/" + declined.linkId() + "/decline").with(csrf())
                .with(signedInAs(COORDINATOR)).param("reason", "Not the key worker"));
        requestLink(ended.email(), newChild(), "Still waiting");
        LinkRequestSummary withdrawn = requestLink(kept.email(), newChild(), "Asked by mistake");
        mvc.perform(post("/relationships/requests/" + withdrawn.linkId() + "/withdraw").with(csrf())
                .with(signedInAs(kept.email())));
        Account expired = account(Role.PRACTITIONER, "North");
        LinkRequestSummary closedByExpiry = requestLink(expired.email(), newChild(), "Left waiting");
        commands.send(new EndAllLinks(expired.id(), LinkEndReason.ACCOUNT_EXPIRED, Actors.SYSTEM), Actors.SYSTEM);

        List<ProjectionCatchUp> catchUps = GROUPS.keySet().stream()
                .map(group -> new ProjectionCatchUp(group, processing, eventStore, tokenStore)).toList();
        catchUps.forEach(ProjectionCatchUp::await);
        List<Map<String, Object>> before = readModels();
        assertThat(before).as("rows to rebuild").hasSizeGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select address from child_record where child_id = ?", String.class, keptChild))
                .isEqualTo("5 Newer Road");
        assertThat(jdbc.queryForObject("select count(*) from child_detail_change where child_id = ?", Long.class,
                keptChild)).isEqualTo(2);
        assertThat(queries.request(withdrawn.linkId()).orElseThrow().outcomeReason()).isEqualTo("WITHDRAWN_BY_PRACTITIONER");
        assertThat(queries.request(closedByExpiry.linkId()).orElseThrow().outcomeReason()).isEqualTo("ACCOUNT_EXPIRED");
        // Not from any event: a rebuild from scratch must not keep them.
        jdbc.update("insert into linked_child (link_id, practitioner_id, child_id, linked_at)"
                + " values ('stray', 'nobody', ?, current_timestamp)", keptChild);
        jdbc.update("delete from child_view");
        jdbc.update("update child_record set address = 'stale' where child_id = ?", keptChild);
        jdbc.update("delete from child_detail_change where child_id = ?", keptChild);

        for (ProjectionCatchUp catchUp : catchUps) {
            StreamingEventProcessor processor = catchUp.processor();
            assertThat(processor).isInstanceOf(PooledStreamingEventProcessor.class);
            processor.shutDown();
            processor.resetTokens(StreamableMessageSource::createTailToken);
            processor.start();
        }
        catchUps.forEach(ProjectionCatchUp::await);

        assertThat(readModels()).isEqualTo(before);
        assertThat(queries.linkedChildren(kept.id()).children()).extracting(c -> c.childId()).containsExactly(keptChild);
        assertThat(queries.linkedChildren(kept.id()).children().get(0).details().address()).isEqualTo("5 Newer Road");
        assertThat(queries.linkedChildren(ended.id()).children()).isEmpty();
        assertThat(queries.myRequests(kept.id(), Instant.EPOCH).requests()).extracting(LinkRequestSummary::linkId)
                .containsExactly(declined.linkId());
        assertThat(queries.myRequests(expired.id(), Instant.EPOCH).requests()).isEmpty();
    }

    private void changeAddress(String childId, ChildDetails child, String address) throws Exception {
        int status = mvc.perform(post("/children/" + childId + "/change").with(csrf()).with(signedInAs(COORDINATOR))
                .param("firstName", child.firstName()).param("lastName", child.lastName())
                .param("dateOfBirthDay", child.dateOfBirth().substring(8))
                .param("dateOfBirthMonth", child.dateOfBirth().substring(5, 7))
                .param("dateOfBirthYear", child.dateOfBirth().substring(0, 4))
                .param("address", address).param("phone", child.phone()).param("email", child.email())
                .param("involvedWorkers", child.involvedWorkers())).andReturn().getResponse().getStatus();
        assertThat(status).as("changing the address").isEqualTo(302);
    }

    private List<Map<String, Object>> readModels() {
        List<Map<String, Object>> rows = new ArrayList<>();
        GROUPS.values().forEach(queriesOfGroup -> queriesOfGroup.forEach(sql -> rows.addAll(jdbc.queryForList(sql))));
        return rows;
    }
}
