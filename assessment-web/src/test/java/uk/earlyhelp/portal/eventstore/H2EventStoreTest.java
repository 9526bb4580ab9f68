package uk.earlyhelp.portal.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded default: an H2 file database, as the portal uses under ./data, but new for every test run. */
@SpringBootTest
class H2EventStoreTest extends EventStoreContract {

    @DynamicPropertySource
    static void freshH2File(DynamicPropertyRegistry registry) throws IOException {
        // Under target/ rather than the system temp dir: removed by `mvn clean`, and never the developer's ./data.
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
    }

    @Test
    void startsOnH2WithValidatedSchema() {
        assertThat(jdbc.queryForObject(
                "select \"success\" from \"flyway_schema_history\" where \"version\" = '1'", Boolean.class))
                .isTrue();
    }
}
