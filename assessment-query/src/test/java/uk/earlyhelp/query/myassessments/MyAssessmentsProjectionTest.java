package uk.earlyhelp.query.myassessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.*;

/** The projection's handlers and query on the real schema, events handed in directly: no Spring, no processor. */
class MyAssessmentsProjectionTest {

    static final String AUTHOR = "practitioner-1";
    static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    final ProjectionDatabase database = new ProjectionDatabase();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aStartedAssessmentIsPartCompletedUnderItsFormsTitle() {
        started("a1", AUTHOR, 0);

        assertThat(only(AUTHOR)).isEqualTo(new MyAssessmentSummary("a1", "Early Help Assessment – Portal", "",
                AssessmentStatus.PART_COMPLETED, MONDAY, null, null, null));
    }

    @Test
    void theFamilyNameListsEveryMemberInTheOrderTheyWereAdded() {
        started("a1", AUTHOR, 0);
        database.handle(p -> {
            p.on(new FamilyMemberAdded("a1", "m1", named("Mary Smith")), at(1));
            p.on(new FamilyMemberAdded("a1", "m2", named("Unborn Smith")), at(2));
        });

        assertThat(only(AUTHOR).familyName()).isEqualTo("Mary Smith, Unborn Smith");
    }

    @Test
    void aChangedMemberKeepsTheirPlaceAndARemovedMemberLeavesTheFamilyName() {
        started("a1", AUTHOR, 0);
        database.handle(p -> {
            p.on(new FamilyMemberAdded("a1", "m1", named("Mary Smith")), at(1));
            p.on(new FamilyMemberAdded("a1", "m2", named("Unborn Smith")), at(2));
            p.on(new FamilyMemberAdded("a1", "m3", named("Tom Smith")), at(3));
        });
        database.handle(p -> p.on(new FamilyMemberChanged("a1", "m1", named("Mary Jones")), at(4)));
        assertThat(only(AUTHOR).familyName()).isEqualTo("Mary Jones, Unborn Smith, Tom Smith");

        database.handle(p -> p.on(new FamilyMemberRemoved("a1", "m1"), at(5)));
        assertThat(only(AUTHOR).familyName()).isEqualTo("Unborn Smith, Tom Smith");
        assertThat(database.query(p -> p.handle(new FindMyAssessments(AUTHOR, "jones", 0, 10))).items()).isEmpty();
    }

    @Test
    void reopeningADraftResumesAtTheSectionEditedLast() {
        started("a1", AUTHOR, 0);
        database.handle(p -> p.on(new SectionSaved("a1", "consent", Map.of()), at(1)));
        assertThat(only(AUTHOR).lastSectionId()).isEqualTo("consent");

        database.handle(p -> p.on(new FamilyMemberAdded("a1", "m1", named("Mary Smith")), at(2)));
        assertThat(only(AUTHOR).lastSectionId()).isEqualTo("family-details");

        database.handle(p -> p.on(new InvolvedProfessionalRemoved("a1", "p1"), at(3)));
        assertThat(only(AUTHOR).lastSectionId()).isEqualTo("assessment");

        database.handle(p -> p.on(new ActionPlanRowChanged("a1", "r1", Map.of()), at(4)));
        assertThat(only(AUTHOR)).extracting(MyAssessmentSummary::lastSectionId, MyAssessmentSummary::lastChanged)
                .containsExactly("action-plan", at(4));
    }

    @Test
    void finishingSubmitsItAndDeliveryAddsMosaicsReferenceWithoutChangingTheDate() {
        started("a1", AUTHOR, 0);
        database.handle(p -> p.on(new AssessmentFinished("a1", AUTHOR), at(1)));
        assertThat(only(AUTHOR).status()).isEqualTo(AssessmentStatus.SUBMITTED);

        database.handle(p -> p.on(new DeliveredToMosaic("a1", "WS-1234")));
        assertThat(only(AUTHOR)).extracting(MyAssessmentSummary::status, MyAssessmentSummary::lastChanged,
                MyAssessmentSummary::mosaicReference).containsExactly(AssessmentStatus.SUBMITTED, at(1), "WS-1234");
    }

    @Test
    void aSubmittedAssessmentIsSendingUntilItsDeliveryHasAnOutcome() {
        started("a1", AUTHOR, 0);
        assertThat(only(AUTHOR).delivery()).isNull();

        database.handle(p -> p.on(new AssessmentFinished("a1", AUTHOR), at(1)));

        assertThat(only(AUTHOR).delivery()).isEqualTo(DeliveryStatus.SENDING);
    }

    @Test
    void aFailedDeliveryShowsWhetherItIsRetryingOrParkedUntilMosaicsReferenceArrives() {
        started("a1", AUTHOR, 0);
        database.handle(p -> p.on(new AssessmentFinished("a1", AUTHOR), at(1)));

        database.handle(p -> p.on(new MosaicDeliveryFailed("a1", "Mosaic answered HTTP 503 (attempt 1; retrying automatically)", true)));
        assertThat(only(AUTHOR)).extracting(MyAssessmentSummary::delivery, MyAssessmentSummary::mosaicReference,
                MyAssessmentSummary::lastChanged).containsExactly(DeliveryStatus.RETRYING, null, at(1));

        database.handle(p -> p.on(new MosaicDeliveryFailed("a1", "Mosaic answered HTTP 503 (attempt 12; retries used up; parked for an administrator)", false)));
        assertThat(only(AUTHOR)).extracting(MyAssessmentSummary::delivery, MyAssessmentSummary::lastChanged)
                .containsExactly(DeliveryStatus.PARKED, at(1));

        database.handle(p -> p.on(new DeliveredToMosaic("a1", "WS-1234")));
        assertThat(only(AUTHOR)).extracting(MyAssessmentSummary::delivery, MyAssessmentSummary::mosaicReference)
                .containsExactly(DeliveryStatus.RECEIVED, "WS-1234");
    }

    @Test
    void aParkedDeliveryThatAnAdministratorsRetryMeetsWithAPassingFailureIsRetryingAgain() {
        started("a1", AUTHOR, 0);
        database.handle(p -> {
            p.on(new AssessmentFinished("a1", AUTHOR), at(1));
            p.on(new MosaicDeliveryFailed("a1", "HTTP 400 (attempt 1; parked for an administrator)", false));
            p.on(new MosaicDeliveryFailed("a1", "HTTP 503 (attempt 2; retrying automatically)", true));
        });

        assertThat(only(AUTHOR).delivery()).isEqualTo(DeliveryStatus.RETRYING);
    }

    @Test
    void seeingTheDeliveryEventsAgainLeavesTheDeliveryWhereItStands() {
        started("a1", AUTHOR, 0);
        database.handle(p -> {
            p.on(new AssessmentFinished("a1", AUTHOR), at(1));
            p.on(new MosaicDeliveryFailed("a1", "HTTP 400 (attempt 1; parked for an administrator)", false));
            p.on(new AssessmentFinished("a1", AUTHOR), at(1));
        });
        assertThat(only(AUTHOR).delivery()).isEqualTo(DeliveryStatus.PARKED);

        database.handle(p -> {
            p.on(new DeliveredToMosaic("a1", "WS-1234"));
            p.on(new MosaicDeliveryFailed("a1", "HTTP 400 (attempt 1; parked for an administrator)", false));
        });
        assertThat(only(AUTHOR).delivery()).isEqualTo(DeliveryStatus.RECEIVED);
    }

    @Test
    void aDeletedDraftIsGone() {
        started("a1", AUTHOR, 0);
        database.handle(p -> p.on(new FamilyMemberAdded("a1", "m1", named("Mary Smith")), at(1)));
        database.handle(p -> p.on(new AssessmentDeleted("a1", AUTHOR)));

        assertThat(page(AUTHOR, null, 0, 10).totalItems()).isZero();
    }

    @Test
    void theMostRecentlyChangedComesFirstAndEqualTimesGoInIdOrder() {
        started("b", AUTHOR, 1);
        started("a", AUTHOR, 1);
        started("c", AUTHOR, 2);
        database.handle(p -> p.on(new SectionSaved("b", "outcome", Map.of()), at(3)));

        assertThat(ids(page(AUTHOR, null, 0, 10))).containsExactly("b", "c", "a");
    }

    @Test
    void searchFindsPartOfAnyMembersNameInAnyCase() {
        family("a1", 0, "Mary Smith", "Unborn Smith");
        family("a2", 1, "Tom Jones");
        family("a3", 2, "Ann Smithson");

        assertThat(ids(page(AUTHOR, "UNBORN", 0, 10))).containsExactly("a1");
        assertThat(ids(page(AUTHOR, "smi", 0, 10))).containsExactly("a3", "a1");
        assertThat(ids(page(AUTHOR, "  jOnEs ", 0, 10))).containsExactly("a2");
        assertThat(ids(page(AUTHOR, "", 0, 10))).containsExactly("a3", "a2", "a1");
        assertThat(ids(page(AUTHOR, "smith, unborn", 0, 10))).isEmpty();
    }

    @Test
    void percentAndUnderscoreInASearchAreLettersNotWildcards() {
        family("a1", 0, "Mary Smith");
        family("a2", 1, "Jo_Ann 100%");
        family("a3", 2, "Back\\Slash");

        assertThat(ids(page(AUTHOR, "%", 0, 10))).containsExactly("a2");
        assertThat(ids(page(AUTHOR, "_", 0, 10))).containsExactly("a2");
        assertThat(ids(page(AUTHOR, "m%h", 0, 10))).isEmpty();
        assertThat(ids(page(AUTHOR, "m_ry", 0, 10))).isEmpty();
        assertThat(ids(page(AUTHOR, "k\\s", 0, 10))).containsExactly("a3");
    }

    @Test
    void pagesCountEveryMatchAndKeepTheirSizeBetweenOneAndAHundred() {
        for (int i = 0; i < 5; i++) {
            started("a" + i, AUTHOR, i);
        }

        MyAssessmentsPage second = page(AUTHOR, null, 1, 2);
        assertThat(ids(second)).containsExactly("a2", "a1");
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(ids(page(AUTHOR, null, 2, 2))).containsExactly("a0");
        assertThat(ids(page(AUTHOR, null, 3, 2))).isEmpty();

        assertThat(page(AUTHOR, null, -4, 0)).extracting(MyAssessmentsPage::page, MyAssessmentsPage::pageSize)
                .containsExactly(0, 1);
        assertThat(page(AUTHOR, null, 0, 5000).pageSize()).isEqualTo(100);
        assertThat(page(AUTHOR, null, Integer.MAX_VALUE, 100).items()).isEmpty();
    }

    @Test
    void nobodySeesAnotherAuthorsAssessments() {
        family("mine", 0, "Mary Smith");
        started("theirs", "practitioner-2", 1);
        database.handle(p -> p.on(new FamilyMemberAdded("theirs", "m1", named("Mary Smith")), at(2)));

        assertThat(ids(page(AUTHOR, null, 0, 10))).containsExactly("mine");
        assertThat(ids(page(AUTHOR, "mary", 0, 10))).containsExactly("mine");
        assertThat(page(null, null, 0, 10).totalItems()).isZero();
    }

    @Test
    void aResetEmptiesTheReadModelForAReplayToRebuild() {
        family("a1", 0, "Mary Smith", "Unborn Smith");
        database.handle(MyAssessmentsProjection::onReset);
        assertThat(page(AUTHOR, null, 0, 10).totalItems()).isZero();

        family("a1", 0, "Mary Smith", "Unborn Smith");
        assertThat(only(AUTHOR).familyName()).isEqualTo("Mary Smith, Unborn Smith");
    }

    @Test
    void handlingTheSameEventsTwiceLeavesTheSameLine() {
        family("a1", 0, "Mary Smith", "Unborn Smith");
        MyAssessmentSummary once = only(AUTHOR);

        family("a1", 0, "Mary Smith", "Unborn Smith");

        assertThat(only(AUTHOR)).isEqualTo(once);
    }

    private void started(String id, String author, int minutes) {
        database.handle(p -> p.on(new AssessmentStarted(id, "early-help-assessment", 1, author), at(minutes)));
    }

    private void family(String id, int minutes, String... names) {
        started(id, AUTHOR, minutes);
        database.handle(p -> {
            for (int i = 0; i < names.length; i++) {
                p.on(new FamilyMemberAdded(id, "m" + i, named(names[i])), at(minutes));
            }
        });
    }

    private MyAssessmentsPage page(String author, String search, int page, int size) {
        return database.query(p -> p.handle(new FindMyAssessments(author, search, page, size)));
    }

    private MyAssessmentSummary only(String author) {
        List<MyAssessmentSummary> items = page(author, null, 0, 10).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<String> ids(MyAssessmentsPage page) {
        return page.items().stream().map(MyAssessmentSummary::assessmentId).toList();
    }

    private static Map<String, List<String>> named(String name) {
        return Map.of("name", List.of(name), "gender", List.of("female"));
    }

    private static Instant at(int minutes) {
        return MONDAY.plusSeconds(60L * minutes);
    }
}
