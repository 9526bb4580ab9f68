package uk.earlyhelp.portal.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.benchmark.PractitionerAccounts;
import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;

/**
 * The morning rush on H2, over real HTTP: autosaves posted at once, as a practitioner's browser (or hundreds of them)
 * would. Nothing may starve: no 5xx, no request over 2 s, and every save the portal acknowledged is in the event store.
 */
class ConcurrentAutosavesTest extends PortalWebTest {

    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(2);
    private static final int SAVES_EACH = 20;

    @Autowired
    EventStorageEngine eventStore;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext portal;

    @Test
    void twoHundredAutosavesOfOneAssessmentAtOnceAreEachAnsweredWithinTwoSecondsAndKept() throws Exception {
        SignedInClient browser = new SignedInClient(port);
        browser.signIn(PRACTITIONER, DEMO_PASSWORD);
        String id = Practitioners.start(browser);
        Timed page = browser.get(Practitioners.sectionPath(id, "outcome"));
        warmUp(browser, page, id);

        List<Save> saves;
        try (PoolWatch pool = new PoolWatch((HikariDataSource) dataSource)) {
            saves = Burst.run(200, 60, i -> () -> Save.post(browser, page, id, Practitioners.answer(i)));
            pool.close();
            System.out.println("200 autosaves of one assessment at once: " + Save.summary(saves) + "; " + pool);
            // Saves waiting for the assessment's lock hold no connection: one save works at a time, beside the
            // event processors catching up, and nothing queues for the pool.
            assertThat(pool.mostWaiting()).as(pool.toString()).isZero();
        }

        assertThat(saves).allSatisfy(save -> {
            assertThat(save.status()).as("HTTP status of " + save).isLessThan(500);
            assertThat(Duration.ofNanos(save.nanos())).as("time of " + save).isLessThan(SLOWEST_ALLOWED);
        });
        assertThat(saves).allSatisfy(save -> assertThat(save.status()).as("status of " + save).isEqualTo(200));
        assertThat(storedAnswers(id)).containsAll(saves.stream().map(Save::answer).toList());
    }

    @Test
    void fiftySessionsAutosavingFiftyAssessmentsFlatOutAreEachAnsweredWithinTwoSecondsAndKept() throws Exception {
        List<String> practitioners = PractitionerAccounts.ensure(portal, 50, DEMO_PASSWORD);
        List<Typist> typists = Burst.run(50, 120, i -> () -> Typist.open(port, practitioners.get(i)));
        for (Typist typist : typists) {
            Save.post(typist.browser(), typist.page(), typist.assessmentId(), Practitioners.answer(90_000));
        }

        List<List<Save>> saved = Burst.run(50, 60, i -> () -> typists.get(i).type(SAVES_EACH));
        List<Save> all = saved.stream().flatMap(List::stream).toList();
        System.out.println("50 sessions autosaving 50 assessments, " + SAVES_EACH + " saves each: " + Save.summary(all));

        assertThat(all).hasSize(50 * SAVES_EACH).allSatisfy(save -> {
            assertThat(save.status()).as("HTTP status of " + save).isEqualTo(200);
            assertThat(Duration.ofNanos(save.nanos())).as("time of " + save).isLessThan(SLOWEST_ALLOWED);
        });
        for (int i = 0; i < typists.size(); i++) {
            assertThat(storedAnswers(typists.get(i).assessmentId())).as("assessment " + i)
                    .containsAll(saved.get(i).stream().map(Save::answer).toList());
        }
    }

    /** One practitioner's session typing into their own assessment, one autosave after another. */
    record Typist(SignedInClient browser, String assessmentId, Timed page) {
        static Typist open(int port, String practitioner) throws Exception {
            SignedInClient browser = new SignedInClient(port);
            browser.signIn(practitioner, DEMO_PASSWORD);
            String id = Practitioners.start(browser);
            return new Typist(browser, id, browser.get(Practitioners.sectionPath(id, "outcome")));
        }

        List<Save> type(int saves) throws Exception {
            List<Save> done = new ArrayList<>();
            for (int n = 0; n < saves; n++) {
                done.add(Save.post(browser, page, assessmentId, Practitioners.answer(n)));
            }
            return done;
        }
    }

    /** A portal that has just started compiles its code as it goes; production's has long done so. */
    private static void warmUp(SignedInClient browser, Timed page, String assessmentId) throws Exception {
        for (int i = 0; i < 100; i++) {
            assertThat(Save.post(browser, page, assessmentId, Practitioners.answer(90_000 + i)).status()).isEqualTo(200);
        }
    }

    private Set<String> storedAnswers(String assessmentId) {
        return StoredAnswers.of(eventStore, assessmentId);
    }

    /**
     * One autosave as the client saw it. Like the page's script, it posts the version and page id the page was drawn
     * with (ADR 0023): every save of one page, all from the same base, is kept, however they interleave.
     */
    record Save(String answer, int status, long nanos) {
        private static final java.util.regex.Pattern BASE = java.util.regex.Pattern.compile(
                "name=\"wizard-based-on\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"wizard-page\" value=\"([^\"]+)\"");

        static Save post(SignedInClient browser, Timed page, String assessmentId, String answer) throws Exception {
            return post(browser, page, page, assessmentId, answer);
        }

        /**
         * A save from the tab that drew {@code tab}, sent in the session that drew {@code session} (its CSRF token):
         * one tab's saves reaching two portals, each with its own session, as behind a load balancer.
         */
        static Save post(SignedInClient browser, Timed session, Timed tab, String assessmentId, String answer)
                throws Exception {
            java.util.regex.Matcher base = BASE.matcher(tab.body());
            assertThat(base.find()).as("the section page says what it was drawn from").isTrue();
            Timed saved = browser.post(Practitioners.sectionPath(assessmentId, "outcome") + "/autosave", session,
                    Practitioners.FIELD, answer, "wizard-based-on", base.group(1), "wizard-page", base.group(2));
            return new Save(answer.substring(0, 12), saved.status(), saved.roundTripNanos());
        }

        static String summary(List<Save> saves) {
            long[] millis = saves.stream().mapToLong(save -> save.nanos() / 1_000_000).sorted().toArray();
            return "median " + millis[millis.length / 2] + " ms, p95 " + millis[(int) (millis.length * 0.95)]
                    + " ms, slowest " + millis[millis.length - 1] + " ms";
        }

        @Override
        public String toString() {
            return "autosave " + answer + ": HTTP " + status + " in " + nanos / 1_000_000 + " ms";
        }
    }
}
