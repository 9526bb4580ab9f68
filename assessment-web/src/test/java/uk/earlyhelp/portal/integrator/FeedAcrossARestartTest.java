package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * The portal stops between two pages of a consumer's reading and starts again on the same database: the consumer
 * goes on from the cursor it holds, with no gap and no duplicate, and its token still works.
 */
class FeedAcrossARestartTest {

    @Test
    void aConsumerResumesFromItsCursorAfterThePortalRestarts() throws Exception {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-restart-");
        String database = "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        List<String> read = new ArrayList<>();
        String token;
        String cursor;
        try (ConfigurableApplicationContext portal = start(database)) {
            events(portal, 2);
            token = portal.getBean(IntegratorClients.class).add("Restart client", Set.of(EventGroup.values()), false)
                    .token();
            FeedApi.Page firstPage = feed(portal, token).page(null, 5);
            read.addAll(firstPage.ids());
            cursor = firstPage.next();
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            events(restarted, 1);
            FeedApi feed = feed(restarted, token);
            read.addAll(feed.readToTheEnd(cursor, 3).ids());

            List<String> whole = feed.readToTheEnd(null, 1000).ids();
            assertThat(whole).hasSizeGreaterThan(10);
            assertThat(read).doesNotHaveDuplicates().isEqualTo(whole);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(EarlyHelpPortalApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database);
    }

    private static void events(ConfigurableApplicationContext portal, int assessments) {
        ActingUserCommandGateway commands = portal.getBean(ActingUserCommandGateway.class);
        for (int i = 0; i < assessments; i++) {
            String id = "restart-" + UUID.randomUUID();
            CommandScript.commands(id).subList(0, 6).forEach(command -> commands.send(command, CommandScript.AUTHOR));
        }
    }

    private static FeedApi feed(ConfigurableApplicationContext portal, String token) {
        return new FeedApi(MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal).apply(springSecurity())
                .build(), token);
    }
}
