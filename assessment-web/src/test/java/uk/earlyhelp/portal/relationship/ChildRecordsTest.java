package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * Acceptance 1 (by hand and from an assessment's family member): a coordinator records children of their own
 * locality; a refused form is shown again as typed, with the GOV.UK error summary, and records nothing.
 */
class ChildRecordsTest extends RelationshipWebTest {

    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void aCoordinatorAddsAChildWhoIsListedInTheirLocalityOnly() throws Exception {
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);

        assertThat(queries.child(childId)).contains(new ChildRecord(childId, "North", child, ChildSource.COORDINATOR, "", ""));
        assertThat(eventually(() -> page("/coordinator/children", COORDINATOR).contains(child.firstName()),
                "the child in the list")).isTrue();
        Account south = account(Role.COORDINATOR, "South");
        assertThat(page("/coordinator/children", south.email())).doesNotContain(child.firstName());
        assertThat(status("/children/" + childId, south.email())).isEqualTo(404);
    }

    @Test
    void invisibleCharactersTypedIntoTheChildFormAreNotRecorded() throws Exception {
        ChildDetails child = newChild();
        ChildDetails typed = new ChildDetails(child.firstName() + "\u0000", child.lastName() + "\uFFFF", child.dateOfBirth(),
                "1 High Street\u000BNorthtown", child.phone(), child.email(), child.mosaicPersonReference(),
                child.involvedWorkers() + "\u0007");

        String childId = recordChild(COORDINATOR, typed);

        assertThat(queries.child(childId)).contains(new ChildRecord(childId, "North", child, ChildSource.COORDINATOR, "", ""));
    }

    @Test
    void aFormWithProblemsIsShownAgainAsTypedWithEveryProblemAndRecordsNothing() throws Exception {
        String reference = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        MockHttpServletResponse response = mvc.perform(post("/coordinator/children/new").with(csrf())
                .with(signedInAs(COORDINATOR))
                .param("firstName", "Ottoline").param("lastName", " ")
                .param("dateOfBirthDay", "1").param("dateOfBirthMonth", "1").param("dateOfBirthYear", "2099")
                .param("address", "2 Low Road").param("phone", "").param("email", "not an email")
                .param("mosaicPersonReference", reference).param("involvedWorkers", "")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("<title>Error: Add a child record", "There is a problem",
                "href=\"#lastName\"", "Enter the child&#39;s last name", "href=\"#dateOfBirth\"",
                "Date of birth must be today or in the past", "href=\"#email\"",
                "value=\"Ottoline\"", "value=\"2099\"", "2 Low Road", "value=\"not an email\"", "value=\"" + reference + "\"");
        // The date boxes keep their ids and names, their widths, and show the error.
        assertThat(response.getContentAsString().replaceAll("\\s+", " ")).contains(
                "govuk-input--width-2 govuk-input--error\" type=\"text\" inputmode=\"numeric\" id=\"dateOfBirth\" name=\"dateOfBirthDay\" value=\"1\"",
                "govuk-input--width-2 govuk-input--error\" type=\"text\" inputmode=\"numeric\" id=\"dateOfBirth-month\" name=\"dateOfBirthMonth\"",
                "govuk-input--width-4 govuk-input--error\" type=\"text\" inputmode=\"numeric\" id=\"dateOfBirth-year\" name=\"dateOfBirthYear\"");
        assertThat(events(ChildRecords.childId("North", new ChildDetails("", "", "", "", "", "", reference, ""), null, null)))
                .isEmpty();
    }

    @Test
    void aSecondRecordWithTheSameMosaicReferenceIsRefused() throws Exception {
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);
        MockHttpServletResponse again = mvc.perform(post("/coordinator/children/new").with(csrf())
                .with(signedInAs(COORDINATOR)).param("firstName", "Other").param("lastName", "Name")
                .param("dateOfBirthDay", "2").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2020")
                .param("mosaicPersonReference", child.mosaicPersonReference().toLowerCase())).andReturn().getResponse();

        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("already recorded in your locality", "value=\"Other\"");
        assertThat(events(childId)).hasSize(1);
    }

    @Test
    void aChildRecordIsMadeInOneStepFromAFamilyMemberOfASubmittedAssessment() throws Exception {
        String assessmentId = submittedAssessment();

        String members = page("/coordinator/children/from-assessment?reference=" + assessmentId, COORDINATOR);
        assertThat(members).contains("Mary Smith", "09/05/1990", "Mother", "Unborn Smith");

        MockHttpServletResponse created = mvc.perform(post("/coordinator/children/from-assessment").with(csrf())
                .with(signedInAs(COORDINATOR)).param("assessmentId", assessmentId).param("memberId", "m1"))
                .andReturn().getResponse();
        String childId = ChildRecords.childId("North", new ChildDetails("", "", "", "", "", "", "", ""), assessmentId, "m1");
        assertThat(created.getRedirectedUrl()).isEqualTo("/children/" + childId);
        assertThat(events(childId)).first().isEqualTo(new ChildRecorded(childId, "North",
                new ChildDetails("Mary", "Smith", "1990-05-09", "", "", "", "", "Health visitor, Siân Evans"),
                ChildSource.ASSESSMENT_FAMILY_MEMBER, assessmentId, "m1",
                accounts.findByEmail(COORDINATOR).orElseThrow().id()));

        // Once only: the same member again leads to the record already made.
        assertThat(mvc.perform(post("/coordinator/children/from-assessment").with(csrf()).with(signedInAs(COORDINATOR))
                .param("assessmentId", assessmentId).param("memberId", "m1")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/children/" + childId);
        assertThat(events(childId).stream().filter(ChildRecorded.class::isInstance)).hasSize(1);

        // The unborn member has an expected date of delivery in the future: refused with the reason, nothing recorded.
        MockHttpServletResponse unborn = mvc.perform(post("/coordinator/children/from-assessment").with(csrf())
                .with(signedInAs(COORDINATOR)).param("assessmentId", assessmentId).param("memberId", "m2"))
                .andReturn().getResponse();
        assertThat(unborn.getStatus()).isEqualTo(400);
        assertThat(unborn.getContentAsString()).contains("href=\"#member-m2\"", "Date of birth must be today or in the past");
    }

    @Test
    void anotherLocalitysCoordinatorCannotTakeFamilyMembersFromTheAssessment() throws Exception {
        String assessmentId = submittedAssessment();
        Account south = account(Role.COORDINATOR, "South");

        MockHttpServletResponse found = mvc.perform(get("/coordinator/children/from-assessment")
                .param("reference", assessmentId).with(signedInAs(south.email()))).andReturn().getResponse();
        assertThat(found.getStatus()).isEqualTo(400);
        assertThat(found.getContentAsString()).contains("no submitted assessment with this reference in your locality")
                .doesNotContain("Mary Smith");
        assertThat(mvc.perform(post("/coordinator/children/from-assessment").with(csrf()).with(signedInAs(south.email()))
                .param("assessmentId", assessmentId).param("memberId", "m1")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(events(ChildRecords.childId("South", new ChildDetails("", "", "", "", "", "", "", ""), assessmentId, "m1")))
                .isEmpty();
    }

    @Test
    void onlyCoordinatorsReachTheChildRecordPages() throws Exception {
        for (String path : List.of("/coordinator/children", "/coordinator/children/new", "/coordinator/children/import",
                "/coordinator/children/requests", "/coordinator/children/from-assessment")) {
            assertThat(status(path, PRACTITIONER)).as(path).isEqualTo(403);
            assertThat(status(path, COORDINATOR)).as(path).isEqualTo(200);
        }
        assertThat(status("/relationships/request", COORDINATOR)).isEqualTo(403);
        assertThat(status("/relationships/request", PRACTITIONER)).isEqualTo(200);
    }

    /** A complete assessment by the demo practitioner (North), submitted. */
    private String submittedAssessment() {
        String id = "a-" + UUID.randomUUID();
        List<Object> script = new ArrayList<>(CommandScript.commands(id));
        script.set(0, new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)));
        script.forEach(command -> commands.send(command, PRACTITIONER));
        return id;
    }
}
