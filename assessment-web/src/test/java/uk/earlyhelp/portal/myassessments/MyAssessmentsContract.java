package uk.earlyhelp.portal.myassessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * My Assessments end to end, on each database the portal runs on: commands through the portal's gateway,
 * the projection's own pooled processor, the query through Axon's query bus. Each test has authors of its own,
 * as the application context (and its database) is shared by the tests of a class.
 */
abstract class MyAssessmentsContract {

    static final String PROCESSING_GROUP = "my-assessments";

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    JdbcTemplate jdbc;

    AssessmentStories stories;
    ProjectionCatchUp catchUp;
    String author;
    String otherAuthor;

    @BeforeEach
    void newAuthors() {
        stories = new AssessmentStories(commands);
        catchUp = new ProjectionCatchUp(PROCESSING_GROUP, processing, eventStore, tokenStore);
        author = "practitioner-" + UUID.randomUUID();
        otherAuthor = "practitioner-" + UUID.randomUUID();
    }

    @Test
    void listsOnlyTheAuthorsOwnAssessmentsMostRecentlyChangedFirst() {
        String first = stories.draft(author, "Mary Smith");
        String second = stories.draft(author, "Tom Jones");
        String third = stories.draft(author);
        stories.draft(otherAuthor, "Mary Smith");
        stories.send(new SaveSection(first, "outcome", Map.of("outcomeReason", List.of("Housing"))), author);

        MyAssessmentsPage page = find(author, null, 0, 10);

        assertThat(ids(page)).containsExactly(first, third, second);
        assertThat(page.items().get(0)).satisfies(line -> {
            assertThat(line.formTitle()).isEqualTo("Early Help Assessment – Portal");
            assertThat(line.familyName()).isEqualTo("Mary Smith");
            assertThat(line.status()).isEqualTo(AssessmentStatus.PART_COMPLETED);
            assertThat(line.lastSectionId()).isEqualTo("outcome");
        });
        assertThat(page.items().get(1).lastSectionId()).isNull(); // nothing edited yet: the task list
        assertThat(page.items().get(2).lastSectionId()).isEqualTo("family-details");
        assertThat(find(otherAuthor, null, 0, 10).totalItems()).isEqualTo(1);
    }

    @Test
    void searchFindsPartOfAnyFamilyMembersNameInAnyCase() {
        String smiths = stories.draft(author, "Mary Smith", "Unborn Smith");
        String jones = stories.draft(author, "Tom Jones");
        stories.draft(otherAuthor, "Unborn Smith");

        assertThat(ids(find(author, "UNBORN", 0, 10))).containsExactly(smiths);
        assertThat(ids(find(author, "smi", 0, 10))).containsExactly(smiths);
        assertThat(ids(find(author, "o", 0, 10))).containsExactly(jones, smiths);
        assertThat(find(author, "smi", 0, 10).items().get(0).familyName()).isEqualTo("Mary Smith, Unborn Smith");
    }

    @Test
    void percentAndUnderscoreInASearchAreNotWildcards() {
        String jones = stories.draft(author, "Tom Jones");
        String odd = stories.draft(author, "Jo_Ann 100%");

        assertThat(ids(find(author, "%", 0, 10))).containsExactly(odd);
        assertThat(ids(find(author, "_", 0, 10))).containsExactly(odd);
        assertThat(ids(find(author, "m_j", 0, 10))).isEmpty();
        assertThat(ids(find(author, "m j", 0, 10))).containsExactly(jones);
    }

    @Test
    void changingOrRemovingAFamilyMemberChangesTheNameShownAndSearched() {
        String id = stories.draft(author, "Mary Smith", "Unborn Smith");
        stories.send(new ChangeFamilyMember(id, "m0", AssessmentStories.member("Mary Jones")), author);
        assertThat(find(author, null, 0, 10).items().get(0).familyName()).isEqualTo("Mary Jones, Unborn Smith");

        stories.send(new RemoveFamilyMember(id, "m1"), author);

        assertThat(find(author, null, 0, 10).items().get(0).familyName()).isEqualTo("Mary Jones");
        assertThat(find(author, "unborn", 0, 10).totalItems()).isZero();
    }

    @Test
    void pagesThroughEveryMatch() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, stories.draft(author, "Child " + i + " Smith"));
        }

        MyAssessmentsPage second = find(author, "smith", 1, 2);

        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(ids(find(author, "smith", 2, 2))).containsExactly(newestFirst.get(4));
    }

    @Test
    void finishingMakesItSubmittedAndMosaicsReferenceFollowsDelivery() {
        String id = stories.submitted(author, "Mary Smith");
        MyAssessmentSummary submitted = find(author, null, 0, 10).items().get(0);
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.mosaicReference()).isNull();

        stories.send(new RecordMosaicDelivery(id, "WS-" + id), "mosaic-projector");

        MyAssessmentSummary delivered = find(author, null, 0, 10).items().get(0);
        assertThat(delivered.mosaicReference()).isEqualTo("WS-" + id);
        assertThat(delivered.lastChanged()).isEqualTo(submitted.lastChanged());
    }

    @Test
    void aSubmittedAssessmentsDeliveryGoesFromSendingThroughRetryingAndParkedToReceived() {
        String id = stories.submitted(author, "Mary Smith");
        assertThat(delivery(author)).isEqualTo(DeliveryStatus.SENDING);

        stories.send(new RecordMosaicDeliveryFailure(id, "Mosaic answered HTTP 503 (attempt 1; retrying automatically)",
                true), "mosaic-projector");
        assertThat(delivery(author)).isEqualTo(DeliveryStatus.RETRYING);

        stories.send(new RecordMosaicDeliveryFailure(id, "Mosaic answered HTTP 503 (attempt 12; retries used up; parked"
                + " for an administrator)", false), "mosaic-projector");
        assertThat(delivery(author)).isEqualTo(DeliveryStatus.PARKED);

        stories.send(new RecordMosaicDelivery(id, "WS-" + id), "mosaic-projector");
        assertThat(find(author, null, 0, 10).items().get(0))
                .extracting(MyAssessmentSummary::delivery, MyAssessmentSummary::mosaicReference)
                .containsExactly(DeliveryStatus.RECEIVED, "WS-" + id);
    }

    @Test
    void aDeletedDraftIsNoLongerListed() {
        String kept = stories.draft(author, "Mary Smith");
        String deleted = stories.draft(author, "Tom Jones");

        stories.send(new DeleteAssessment(deleted), author);

        assertThat(ids(find(author, null, 0, 10))).containsExactly(kept);
    }

    @Test
    void aReplayRebuildsExactlyTheSameReadModel() {
        stories.submitted(author, "Mary Smith", "Unborn Smith");
        String parked = stories.submitted(author, "Tom Smith");
        stories.send(new RecordMosaicDeliveryFailure(parked, "HTTP 400 (attempt 1; parked for an administrator)", false),
                "mosaic-projector");
        String changed = stories.draft(author, "Tom Jones", "Ann Jones");
        stories.send(new ChangeFamilyMember(changed, "m1", AssessmentStories.member("Anne Jones")), author);
        stories.send(new RemoveFamilyMember(changed, "m0"), author);
        stories.send(new DeleteAssessment(stories.draft(author, "Gone Smith")), author);
        stories.draft(otherAuthor, "Mary Smith");
        catchUp.await();
        List<Map<String, Object>> before = readModel();
        // Not from any event: a rebuild from scratch must not keep it.
        jdbc.update("insert into my_assessment (assessment_id, author_id, form_id, form_version, form_title, status,"
                + " last_changed, family_name) values ('stray', ?, 'f', 1, 'F', 'SUBMITTED', current_timestamp, 'X')",
                author);

        StreamingEventProcessor processor = catchUp.processor();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        processor.start();
        catchUp.await();

        assertThat(readModel()).isEqualTo(before);
        assertThat(find(author, null, 0, 10).totalItems()).isEqualTo(3);
    }

    @Test
    void aPortalThatNeverRanTheProjectionBackFillsItFromTheWholeHistory() {
        stories.submitted(author, "Mary Smith", "Unborn Smith");
        stories.draft(author, "Tom Jones");
        catchUp.await();
        List<Map<String, Object>> before = readModel();

        // As on the first start after this projection was deployed: no token yet, empty tables.
        StreamingEventProcessor processor = catchUp.processor();
        processor.shutDown();
        jdbc.update("delete from token_entry where processor_name = ?", PROCESSING_GROUP);
        jdbc.update("delete from my_assessment");
        processor.start();
        catchUp.await();

        assertThat(readModel()).isEqualTo(before);
    }

    @Test
    void runsInAPooledProcessorOfItsOwn() {
        assertThat(processing.eventProcessorByProcessingGroup(PROCESSING_GROUP))
                .containsSame(catchUp.processor())
                .get().isInstanceOf(PooledStreamingEventProcessor.class);
    }

    MyAssessmentsPage find(String authorId, String search, int page, int pageSize) {
        catchUp.await();
        return queries.query(new FindMyAssessments(authorId, search, page, pageSize), MyAssessmentsPage.class).join();
    }

    private DeliveryStatus delivery(String authorId) {
        return find(authorId, null, 0, 10).items().get(0).delivery();
    }

    private List<Map<String, Object>> readModel() {
        List<Map<String, Object>> rows = new ArrayList<>(
                jdbc.queryForList("select * from my_assessment order by assessment_id"));
        rows.addAll(jdbc.queryForList("select * from my_assessment_family_member order by assessment_id, member_index"));
        return rows;
    }

    private static List<String> ids(MyAssessmentsPage page) {
        return page.items().stream().map(MyAssessmentSummary::assessmentId).toList();
    }
}
