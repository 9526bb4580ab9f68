package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.DeleteAssessment;
import uk.earlyhelp.assessment.api.FamilyMemberRemoved;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * A row's save reads the assessment only in its command (ADR 0030); what the command refuses is answered as when the
 * page read the assessment first: a removal posted twice goes back to the section, a row that is not there, a table
 * that does not exist and a draft deleted meanwhile are "Page not found", and nothing is stored.
 */
class RowSaveRefusalsTest extends WizardTest {

    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void aRemovalPostedTwiceRemovesOnceAndGoesBackToTheSectionBothTimes() throws Exception {
        String id = start();
        String rowId = newRowId(id, "family-members");
        String rows = "/assessments/" + id + "/tables/family-members/rows/";
        submit(rows + "new", TypedAnswers.mary(rowId));

        submit(rows + rowId + "/remove").andExpect(redirectedUrl("/assessments/" + id + "/sections/family-details"));
        submit(rows + rowId + "/remove").andExpect(redirectedUrl("/assessments/" + id + "/sections/family-details"));

        assertThat(events(id).stream().filter(FamilyMemberRemoved.class::isInstance)).hasSize(1);
    }

    @Test
    void changingARowThatIsNotThereOrATableThatDoesNotExistIsNotFound() throws Exception {
        String id = start();

        submit("/assessments/" + id + "/tables/family-members/rows/nosuchrow", TypedAnswers.mary("nosuchrow"))
                .andExpect(status().isNotFound());
        submit("/assessments/" + id + "/tables/no-such-table/rows/new", TypedAnswers.mary("x"))
                .andExpect(status().isNotFound());

        assertThat(events(id)).hasSize(1);
    }

    @Test
    void aRowPostedToADraftDeletedSinceItsPageWasOpenedIsNotFound() throws Exception {
        String id = start();
        String rowId = newRowId(id, "family-members");
        commands.send(new DeleteAssessment(id), PRACTITIONER);
        int stored = events(id).size();

        String page = submit("/assessments/" + id + "/tables/family-members/rows/new", TypedAnswers.mary(rowId))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Page not found");
        assertThat(events(id)).hasSize(stored);
    }
}
