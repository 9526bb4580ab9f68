package uk.earlyhelp.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.assessment.api.DeleteAssessment;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;

@SpringBootTest
class FetchAssessmentTest {

    @DynamicPropertySource
    static void freshH2File(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
    }

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    QueryGateway queries;

    @Test
    void whatWasJustSavedIsWhatTheNextPageReads() {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", "p1"), "p1");
        commands.send(new SaveSection(id, "outcome", Map.of("outcomeReason", List.of("Needs housing help"))), "p1");

        AssessmentView view = queries.query(new FetchAssessment(id), AssessmentView.class).join();

        assertThat(view.authorId()).isEqualTo("p1");
        assertThat(view.formVersion()).isEqualTo(1);
        assertThat(view.filled().answers("outcome")).isEqualTo(Map.of("outcomeReason", List.of("Needs housing help")));
        assertThat(view.finished()).isFalse();
    }

    @Test
    void aDeletedDraftCannotBeFetched() {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", "p1"), "p1");
        commands.send(new DeleteAssessment(id), "p1");

        assertThatThrownBy(() -> queries.query(new FetchAssessment(id), AssessmentView.class).join())
                .hasRootCauseInstanceOf(uk.earlyhelp.assessment.api.AssessmentNotFoundException.class);
    }
}
