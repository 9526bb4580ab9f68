package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;
import uk.earlyhelp.portal.security.Endpoints.Endpoint;

/**
 * A practitioner cannot read, change, delete or download another's assessment by editing a URL: every address of an
 * assessment (read from Spring MVC, so the PDF and whatever comes next are included) answers another practitioner
 * "Page not found", GET or POST, with a valid CSRF token and a form full of changes; the assessment's events stay
 * exactly as they were; and each attempt is logged with the assessment's id and no personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class AnotherPractitionersAssessmentTest extends PortalWebTest {

    private static final String FAMILY = "Wilhelmina Victimson";
    private static final String PRIVATE_WORDS = "Words only the author may read";
    private static final String ROW = "m1";
    private static final Map<String, String> SAMPLES = Map.of("sectionId", "consent", "tableId", "family-members",
            "rowId", ROW);
    /** A form full of changes: the assessment's ids in every likely field, and answers for the pages that take them. */
    private static final String[] TAMPERED = {"rowId", ROW, "memberId", ROW, "formId", "early-help-assessment",
            "name", "Tampered Name", "agreedBy", "Tampered Name", "outcomeReason", "Tampered reason", "wizard-next", "save"};

    @Autowired
    ApplicationContext context;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine eventStore;

    @Test
    void everyAddressOfAnotherPractitionersDraftIsNotFoundChangesNothingAndIsLoggedWithoutPersonalData(
            CapturedOutput output) throws Exception {
        assertRefusedEverywhere(draft(), output);
    }

    @Test
    void soIsEveryAddressOfTheirSubmittedAssessmentItsPdfIncluded(CapturedOutput output) throws Exception {
        assertRefusedEverywhere(submitted(), output);
    }

    @Test
    void theAuthorReachesEveryOneOfTheseAddressesSoTheRefusalsAreNotMerelyBadAddresses() throws Exception {
        String draft = draft();
        String submitted = submitted();
        for (Endpoint endpoint : Endpoints.of(context).ofAssessments()) {
            if (endpoint.method() != HttpMethod.GET) {
                continue; // posting as the author would change the assessment the other tests need as it is
            }
            for (String id : List.of(draft, submitted)) {
                if (id.equals(submitted) && endpoint.pattern().endsWith("/delete")) {
                    continue; // only drafts can be deleted: the author too is told a submitted one has no such page
                }
                int status = mvc.perform(request(endpoint.method(), endpoint.path(id, SAMPLES))
                        .with(signedInAs(PRACTITIONER))).andReturn().getResponse().getStatus();
                assertThat(status).as("%s by its author", endpoint).isBetween(200, 399);
            }
        }
    }

    private void assertRefusedEverywhere(String id, CapturedOutput output) throws Exception {
        List<Object> before = events(id);
        List<String> problems = new ArrayList<>();
        List<Endpoint> endpoints = Endpoints.of(context).ofAssessments();
        for (Endpoint endpoint : endpoints) {
            MockHttpServletRequestBuilder attempt = request(endpoint.method(), endpoint.path(id, SAMPLES))
                    .with(signedInAs(SECOND_PRACTITIONER)).with(csrf());
            if (endpoint.method() != HttpMethod.GET) {
                attempt.param("assessmentId", id).param("id", id);
                for (int i = 0; i < TAMPERED.length; i += 2) {
                    attempt.param(TAMPERED[i], TAMPERED[i + 1]);
                }
            }
            int logged = output.getOut().length();
            int status = mvc.perform(attempt).andReturn().getResponse().getStatus();
            String log = output.getOut().substring(logged);

            if (status != 404) {
                problems.add(endpoint + " answered " + status);
            }
            if (!log.contains(id) || !log.contains("Refused")) {
                problems.add(endpoint + " logged no refusal naming the assessment");
            }
            for (String personal : List.of(PRACTITIONER, SECOND_PRACTITIONER, "Demo Practitioner", FAMILY, "Mary Smith",
                    PRIVATE_WORDS, "Tampered")) {
                if (log.contains(personal)) {
                    problems.add(endpoint + " logged personal data: " + personal);
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(endpoints).as("addresses of an assessment").hasSizeGreaterThan(15);
        assertThat(events(id)).isEqualTo(before);
    }

    private String draft() {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        commands.send(new AddFamilyMember(id, ROW, Map.of("name", List.of(FAMILY), "dateOfBirth", List.of("1990-05-09"),
                "gender", List.of("female"), "relationship", List.of("mother"), "ethnicity", List.of("white-british"))),
                PRACTITIONER);
        commands.send(new SaveSection(id, "outcome", Map.of("outcomeReason", List.of(PRIVATE_WORDS))), PRACTITIONER);
        return id;
    }

    /** The complete assessment of the event store tests, written and submitted by the practitioner. */
    private String submitted() {
        String id = "a-" + UUID.randomUUID();
        for (Object command : CommandScript.commands(id)) {
            Object own = command instanceof StartAssessment start
                    ? new StartAssessment(id, start.formId(), accountIdOf(PRACTITIONER)) : command;
            commands.send(own, PRACTITIONER);
        }
        return id;
    }

    private List<Object> events(String id) {
        return eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
