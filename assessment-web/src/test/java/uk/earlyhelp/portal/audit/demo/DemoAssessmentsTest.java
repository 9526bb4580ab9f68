package uk.earlyhelp.portal.audit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.FamilyMemberRemoved;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;

/**
 * The embedded default's demo assessments: a submitted one with several saves and a removed member, and a deleted
 * draft, both by demo practitioners; seeded once, so a second start adds nothing.
 */
@SpringBootTest(properties = "portal.audit.demo-assessments=true")
class DemoAssessmentsTest {

    @DynamicPropertySource
    static void freshH2File(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-demo-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
    }

    @Autowired
    AssessmentTimeline timeline;
    @Autowired
    DemoAssessments demo;
    @Autowired
    uk.earlyhelp.portal.account.Accounts accounts;

    @Test
    void twoAssessmentsWithARealHistoryAreThereOnTheFirstRunAndOnlyOnce() throws Exception {
        List<DomainEventMessage<?>> submitted = timeline.events(DemoAssessments.DELIVERED);
        List<DomainEventMessage<?>> deleted = timeline.events(DemoAssessments.DELETED);

        assertThat(payloads(submitted)).last().isInstanceOf(AssessmentFinished.class);
        assertThat(payloads(submitted)).filteredOn(SectionSaved.class::isInstance).hasSizeGreaterThanOrEqualTo(5);
        assertThat(payloads(submitted)).anyMatch(FamilyMemberRemoved.class::isInstance);
        assertThat(payloads(deleted)).last().isInstanceOf(AssessmentDeleted.class);
        assertThat(submitted.get(0).getMetaData()).containsEntry("userId", accounts.findByEmail(DemoAssessments.AUTHOR).orElseThrow().id());
        assertThat(deleted.get(0).getMetaData()).containsEntry("userId", accounts.findByEmail(DemoAssessments.SECOND_AUTHOR).orElseThrow().id());

        demo.run(null); // as a restart with ./data kept would
        assertThat(timeline.events(DemoAssessments.DELIVERED)).hasSameSizeAs(submitted);
        assertThat(timeline.events(DemoAssessments.DELETED)).hasSameSizeAs(deleted);
    }

    private static List<Object> payloads(List<DomainEventMessage<?>> events) {
        return events.stream().map(event -> (Object) event.getPayload()).toList();
    }
}
