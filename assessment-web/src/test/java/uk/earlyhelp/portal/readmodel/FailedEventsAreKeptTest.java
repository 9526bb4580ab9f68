package uk.earlyhelp.portal.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.FindMyAssessments;
import uk.earlyhelp.assessment.api.MyAssessmentSummary;
import uk.earlyhelp.assessment.api.MyAssessmentsPage;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;

/**
 * A read model whose handling of an event fails neither loses nor skips it: the event stays in the processing
 * group's dead-letter queue, the same assessment's later events wait behind it while other assessments go on, the
 * administrators' page shows it, and a retry once the fault is gone applies them all, in order.
 */
@Import(FailedEventsAreKeptTest.WithABrokenReadModel.class)
class FailedEventsAreKeptTest extends PortalWebTest {

    private static final String GROUP = "my-assessments";
    private static final String AUTHOR = "practitioner-dlq-" + UUID.randomUUID();

    @TestConfiguration
    static class WithABrokenReadModel {
        @Bean
        BrokenReadModelHook brokenReadModelHook() {
            return new BrokenReadModelHook();
        }
    }

    @Autowired
    private BrokenReadModelHook hook;
    @Autowired
    private ActingUserCommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private DeadLetters deadLetters;
    @Autowired
    private ProcessorStates states;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aFailedEventWaitsWithItsAssessmentsLaterEventsUntilARetryAppliesThem() throws Exception {
        String broken = "a-" + UUID.randomUUID();
        String healthy = "a-" + UUID.randomUUID();
        hook.breakFor(broken);
        start(broken);
        start(healthy);
        addMember(broken, "m0", "Mary Smith");
        addMember(healthy, "m0", "Joan Brown");
        addMember(broken, "m1", "Tom Smith");
        catchUp();

        assertThat(familyName(healthy)).isEqualTo("Joan Brown");
        assertThat(familyName(broken)).isEmpty();
        assertThat(letters()).isEqualTo(new long[] {1, 2});
        String page = adminPage();
        assertThat(page).contains("Events waiting in my-assessments", broken, "FamilyMemberAdded (event 1)",
                "java.lang.IllegalStateException at uk.earlyhelp.portal.readmodel.BrokenReadModelHook.on",
                "FamilyMemberAdded (event 2)", "Behind an earlier event of the same assessment or child")
                .doesNotContain("Mary Smith", "cannot take this family member");

        retry();
        assertThat(letters()).isEqualTo(new long[] {1, 2});
        assertThat(familyName(broken)).isEmpty();
        assertThat(deadLetters.of(GROUP)).extracting(DeadLetterRow::failures).containsExactly(2L, 0L);

        hook.repair();
        retry();
        assertThat(letters()).isEqualTo(new long[] {0, 0});
        assertThat(familyName(broken)).isEqualTo("Mary Smith, Tom Smith");
        assertThat(adminPage()).doesNotContain("Events waiting in my-assessments");
    }

    @Test
    void aReplayFromTheStartRebuildsTheReadModel() throws Exception {
        String id = "a-" + UUID.randomUUID();
        start(id);
        addMember(id, "m0", "Ada Jones");
        catchUp();

        mvc.perform(post(ReadModelsController.PAGE + "/replay").param("processor", GROUP).with(csrf())
                        .with(signedInAs("admin@example.org")))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(((ReadModelBanner) result.getFlashMap()
                        .get(ReadModelBanner.ATTRIBUTE)).heading()).isEqualTo(GROUP + " is replaying from the start"));
        catchUp();

        assertThat(familyName(id)).isEqualTo("Ada Jones");
    }

    @Test
    void aDatabaseFailureAtCommitStopsTheSegmentAndRetriesItUntilTheCauseIsGone() throws Exception {
        String id = "a-" + UUID.randomUUID();
        start(id);
        catchUp();
        // A real constraint of the read model's own table refuses the row, when the batch's transaction commits:
        // nothing of the batch is kept, so the event is retried with its batch rather than dead-lettered.
        jdbc.execute("alter table my_assessment add constraint test_refuses_broken check (family_name not like '%Broken%')");
        try {
            addMember(id, "m0", "Broken Smith");
            Eventually.until(Duration.ofSeconds(20), () -> condition() == ProcessorState.Condition.FAILING,
                    "my-assessments reported failing");
            assertThat(adminPage()).contains("Failing, retrying");
            assertThat(familyName(id)).isEmpty();
        } finally {
            jdbc.execute("alter table my_assessment drop constraint test_refuses_broken");
        }
        catchUp();

        assertThat(familyName(id)).isEqualTo("Broken Smith");
        assertThat(letters()).isEqualTo(new long[] {0, 0});
    }

    private ProcessorState.Condition condition() {
        return states.all().stream().filter(state -> state.name().equals(GROUP)).findFirst().orElseThrow()
                .condition();
    }

    private void start(String id) {
        commands.send(new StartAssessment(id, "early-help-assessment", AUTHOR), AUTHOR);
    }

    private void addMember(String id, String memberId, String name) {
        commands.send(new AddFamilyMember(id, memberId, Map.of("name", List.of(name), "gender", List.of("female"),
                "relationship", List.of("mother"), "ethnicity", List.of("white-british"),
                "placeOfWork", List.of("N/A"), "dateOfBirth", List.of("1990-05-09"))), AUTHOR);
    }

    private void catchUp() {
        new ProjectionCatchUp(GROUP, processing, eventStore, tokenStore).await();
    }

    private String familyName(String id) {
        MyAssessmentsPage page = queries.query(new FindMyAssessments(AUTHOR, null, 0, 50), MyAssessmentsPage.class)
                .join();
        return page.items().stream().filter(item -> item.assessmentId().equals(id)).findFirst()
                .map(MyAssessmentSummary::familyName).orElseThrow(() -> new AssertionError("no row for " + id));
    }

    /** The sequences and events in the group's dead-letter queue. */
    private long[] letters() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(GROUP).orElseThrow();
        return transactions.fetchInTransaction(() -> new long[] {queue.amountOfSequences(), queue.size()});
    }

    private String adminPage() throws Exception {
        return mvc.perform(get(ReadModelsController.PAGE).with(signedInAs("admin@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void retry() throws Exception {
        mvc.perform(post(ReadModelsController.PAGE + "/retry").param("processor", GROUP).with(csrf())
                        .with(signedInAs("admin@example.org")))
                .andExpect(status().is3xxRedirection());
    }
}
