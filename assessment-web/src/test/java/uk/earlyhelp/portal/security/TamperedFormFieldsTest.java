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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.security.Endpoints.Endpoint;

/**
 * A practitioner working on their own assessment cannot reach another's through the form: whatever the page posts
 * (a hidden assessment id, a form id, a row or family member id of someone else's assessment, in the fields or in
 * the address), only the assessment in the address, their own, can change. Every assessment address, as Spring MVC
 * maps it, is tried.
 */
class TamperedFormFieldsTest extends PortalWebTest {

    private static final String VICTIMS_FAMILY = "Octavia Someoneelse";
    private static final String VICTIMS_WORDS = "Written by the other practitioner only";

    @Autowired
    ApplicationContext context;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine eventStore;

    @Test
    void idsOfAnotherPractitionersAssessmentInAFormChangeNothingOfTheirs() throws Exception {
        String victim = draftOf(PRACTITIONER);
        String victimsRow = "v" + UUID.randomUUID().toString().substring(0, 8);
        commands.send(new AddFamilyMember(victim, victimsRow, member(VICTIMS_FAMILY)), PRACTITIONER);
        commands.send(new SaveSection(victim, "outcome", Map.of("outcomeReason", List.of(VICTIMS_WORDS))), PRACTITIONER);
        List<Object> before = events(victim);

        List<String> own = new ArrayList<>();
        for (Endpoint endpoint : postsToAssessments()) {
            // The row in the address is the other's, then the practitioner's own: both with the other's ids in the form.
            for (String row : List.of(victimsRow, "own-row")) {
                String mine = draftOf(SECOND_PRACTITIONER);
                commands.send(new AddFamilyMember(mine, "own-row", member("Own Family")), SECOND_PRACTITIONER);
                own.add(mine);
                mvc.perform(tampered(request(HttpMethod.POST, endpoint.path(mine, Map.of("sectionId", "outcome",
                        "tableId", "family-members", "rowId", row))), victim, victimsRow));
            }
        }

        assertThat(events(victim)).as("the other practitioner's assessment").isEqualTo(before);
        // The posts did do something: to the practitioner's own assessments, and only to those.
        assertThat(own.stream().mapToInt(id -> events(id).size()).sum()).isGreaterThan(2 * own.size());
    }

    @Test
    void idsOfAnotherPractitionersAssessmentInTheAddressBarQueryShowNothingOfTheirs() throws Exception {
        String victim = draftOf(PRACTITIONER);
        commands.send(new AddFamilyMember(victim, "m1", member(VICTIMS_FAMILY)), PRACTITIONER);
        commands.send(new SaveSection(victim, "outcome", Map.of("outcomeReason", List.of(VICTIMS_WORDS))), PRACTITIONER);
        String mine = draftOf(SECOND_PRACTITIONER);
        commands.send(new AddFamilyMember(mine, "m1", member("Own Family")), SECOND_PRACTITIONER);

        for (Endpoint endpoint : Endpoints.of(context).ofAssessments()) {
            if (endpoint.method() != HttpMethod.GET || endpoint.pattern().endsWith("/pdf")) {
                continue; // the PDF is a file, not a page: its content is the PDF tests' business
            }
            MockHttpServletResponse page = mvc.perform(tampered(request(HttpMethod.GET, endpoint.path(mine,
                    Map.of("sectionId", "outcome", "tableId", "family-members", "rowId", "m1"))), victim, "m1"))
                    .andReturn().getResponse();
            assertThat(page.getContentAsString()).as(endpoint.toString()).doesNotContain(VICTIMS_FAMILY, VICTIMS_WORDS, victim);
        }
    }

    @Test
    void startingAnAssessmentWithAnotherOnesIdPostedStartsANewOneOfTheirOwn() throws Exception {
        String victim = draftOf(PRACTITIONER);
        List<Object> before = events(victim);

        String location = mvc.perform(tampered(request(HttpMethod.POST, "/assessments"), victim, "m1"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/assessments/").doesNotContain(victim);
        assertThat(events(victim)).isEqualTo(before);
    }

    private List<Endpoint> postsToAssessments() {
        List<Endpoint> posts = Endpoints.of(context).ofAssessments().stream()
                .filter(endpoint -> endpoint.method() != HttpMethod.GET).toList();
        assertThat(posts).extracting(Endpoint::pattern).contains("/assessments/{assessmentId}/sections/{sectionId}",
                "/assessments/{assessmentId}/tables/{tableId}/rows/{rowId}", "/assessments/{assessmentId}/delete");
        return posts;
    }

    /** The request as the second practitioner, its form carrying the other assessment's ids everywhere they might go. */
    private MockHttpServletRequestBuilder tampered(MockHttpServletRequestBuilder request, String victim, String victimsRow) {
        return request.with(signedInAs(SECOND_PRACTITIONER)).with(csrf())
                .param("assessmentId", victim).param("id", victim).param("aggregateId", victim)
                .param("formId", "early-help-assessment").param("rowId", victimsRow).param("memberId", victimsRow)
                .param("familyMembers", victimsRow).param("wizard-next", "save")
                .param("name", "Tampered Name").param("dateOfBirth-day", "1").param("dateOfBirth-month", "2")
                .param("dateOfBirth-year", "2001").param("gender", "male").param("relationship", "father")
                .param("ethnicity", "white-british").param("outcomeReason", "Tampered reason");
    }

    private String draftOf(String author) {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(author)), accountIdOf(author));
        return id;
    }

    private static Map<String, List<String>> member(String name) {
        return Map.of("name", List.of(name), "dateOfBirth", List.of("1990-05-09"), "gender", List.of("female"),
                "relationship", List.of("mother"), "ethnicity", List.of("white-british"));
    }

    private List<Object> events(String id) {
        return eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
