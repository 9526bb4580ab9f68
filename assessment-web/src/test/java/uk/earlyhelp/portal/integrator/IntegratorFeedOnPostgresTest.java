package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/** Production's database (a real PostgreSQL server): its sequences and MVCC must not make the feed skip an event. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class IntegratorFeedOnPostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IntegratorClients clients;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void embeddedPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
    }

    @Test
    void anEventWhoseIndexWasTakenEarlierButCommittedLaterIsStillDelivered() throws Exception {
        FeedApi feed = new FeedApi(mvc, clients.add("Postgres client", Set.of(EventGroup.values()), false).token());

        OutOfOrderCommits.neverSkipAnEventCommittedLate(feed, storage, transactions);

        assertThat(feed.readToTheEnd(null, 1000).events()).hasSizeGreaterThanOrEqualTo(2);
    }
}
