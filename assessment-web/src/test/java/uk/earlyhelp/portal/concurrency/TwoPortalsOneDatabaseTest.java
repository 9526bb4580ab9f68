package uk.earlyhelp.portal.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;

/**
 * Two portals on one PostgreSQL database, as a council runs several nodes: the same assessment autosaved through
 * both at once. Each portal's lock only orders its own saves, and each keeps the assessment cached, so saves race
 * in the store; the one that loses (Axon's ConcurrencyException) is retried on a fresh read. None is lost, none is a 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoPortalsOneDatabaseTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoPortals() {
        String url = EmbeddedPostgresDatabase.freshDatabaseUrl();
        first = portal(url); // one after the other: the first creates the schema and the demo accounts
        second = portal(url);
    }

    @AfterAll
    static void stopThem() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    @Test
    void savesOfOneAssessmentThroughTwoPortalsAtOnceAreRetriedNeverLostNeverA500(CapturedOutput output) throws Exception {
        SignedInClient viaFirst = signedIn(first);
        SignedInClient viaSecond = signedIn(second);
        String id = Practitioners.start(viaFirst);
        Timed firstPage = viaFirst.get(Practitioners.sectionPath(id, "outcome"));
        Timed secondPage = viaSecond.get(Practitioners.sectionPath(id, "outcome"));

        // One tab's autosaves, spread over both portals: saves of one page never conflict with each other (two tabs'
        // saves of one answer would, by design: ADR 0023), so every one must be stored, the losers retried.
        List<ConcurrentAutosavesTest.Save> saves = Burst.run(40, 60, i -> () -> i % 2 == 0
                ? ConcurrentAutosavesTest.Save.post(viaFirst, firstPage, id, Practitioners.answer(i))
                : ConcurrentAutosavesTest.Save.post(viaSecond, secondPage, firstPage, id, Practitioners.answer(i)));

        assertThat(saves).allSatisfy(save -> assertThat(save.status()).as(save.toString()).isEqualTo(200));
        assertThat(StoredAnswers.of(first.getBean(EventStorageEngine.class), id))
                .containsAll(saves.stream().map(ConcurrentAutosavesTest.Save::answer).toList());
        assertThat(output).as("the portals' saves did race, and the loser was retried")
                .contains("SaveSection lost a race with another writer of its aggregate").contains("retrying");
    }

    /**
     * One tab's saves, reaching the first portal, then the second, then the first again. The first portal has the
     * assessment in memory from its own save; the second changes the answer; the first's next save puts the first
     * answer back. A cached copy that missed the second's save would take that for "no change"
     * and store nothing: the practitioner's last save lost. Production (the postgres profile) caches no aggregate
     * across requests, as these portals are configured.
     */
    @Test
    void aSaveOnAPortalThatSawTheAssessmentBeforeTheOthersChangeIsNotTakenForNoChange() throws Exception {
        SignedInClient viaFirst = signedIn(first);
        SignedInClient viaSecond = signedIn(second);
        String id = Practitioners.start(viaFirst);
        Timed firstPage = viaFirst.get(Practitioners.sectionPath(id, "outcome"));
        Timed secondPage = viaSecond.get(Practitioners.sectionPath(id, "outcome"));

        for (ConcurrentAutosavesTest.Save save : List.of(
                ConcurrentAutosavesTest.Save.post(viaFirst, firstPage, id, Practitioners.answer(1)),
                ConcurrentAutosavesTest.Save.post(viaSecond, secondPage, firstPage, id, Practitioners.answer(2)),
                ConcurrentAutosavesTest.Save.post(viaFirst, firstPage, id, Practitioners.answer(1)))) {
            assertThat(save.status()).as(save.toString()).isEqualTo(200);
        }

        assertThat(StoredAnswers.inOrder(first.getBean(EventStorageEngine.class), id))
                .as("every save's answer, in the order stored").containsExactly(
                        Practitioners.answer(1).substring(0, 12), Practitioners.answer(2).substring(0, 12),
                        Practitioners.answer(1).substring(0, 12));
    }

    private static SignedInClient signedIn(ConfigurableApplicationContext portal) throws Exception {
        SignedInClient browser = new SignedInClient(Integer.parseInt(portal.getEnvironment().getProperty("local.server.port")));
        browser.signIn(PortalWebTest.PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
        return browser;
    }

    /** The embedded default (demo accounts, no Mosaic) on a shared PostgreSQL database instead of its own H2 file. */
    private static ConfigurableApplicationContext portal(String url) {
        // Arguments, not builder properties: those are defaults, which application.yml's own datasource would override
        // (both portals then shared the developer's H2 file instead of PostgreSQL).
        return new SpringApplicationBuilder(EarlyHelpPortalApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedPostgresDatabase.USER,
                "--spring.datasource.password=",
                "--spring.jpa.database-platform=uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect",
                // as the postgres profile sets: several nodes, so no node trusts its own copy of an aggregate
                "--portal.event-store.cache-aggregates=false");
    }
}
