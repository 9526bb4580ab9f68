package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.FamilyMemberChanged;
import uk.earlyhelp.assessment.api.FamilyMemberRemoved;
import uk.earlyhelp.assessment.api.SectionSaved;

class AddAnotherTablesTest extends WizardTest {

    @Test
    void aFamilyMemberIsAddedChangedAndOnlyRemovedAfterConfirmation() throws Exception {
        String id = start();
        String rows = "/assessments/" + id + "/tables/family-members/rows/";
        assertThat(page("/assessments/" + id + "/sections/family-details"))
                .contains("id=\"add-family-members\"", "href=\"" + rows + "new\"", "Add a family member");

        String rowId = newRowId(id, "family-members");
        submit(rows + "new", TypedAnswers.mary(rowId))
                .andExpect(redirectedUrl("/assessments/" + id + "/sections/family-details"));
        assertThat(events(id)).last().isInstanceOfSatisfying(FamilyMemberAdded.class, added -> {
            assertThat(added.memberId()).isEqualTo(rowId);
            assertThat(added.details()).containsEntry("dateOfBirth", java.util.List.of("1990-05-09"));
        });
        assertThat(page("/assessments/" + id + "/sections/family-details")).contains("Family member 1: Mary Smith",
                "09/05/1990", "White British", "Add another member",
                "id=\"change-family-members-" + rowId + "\" href=\"" + rows + rowId + "\"",
                "id=\"remove-family-members-" + rowId + "\" href=\"" + rows + rowId + "/remove\"");

        assertThat(page(rows + rowId)).contains("Change this family member", "value=\"Mary Smith\"", "id=\"dateOfBirth-day\" name=\"dateOfBirth-day\" value=\"9\"");
        String[] changed = TypedAnswers.mary(rowId);
        changed[3] = "Mary Jones";
        submit(rows + rowId, changed).andExpect(redirectedUrl("/assessments/" + id + "/sections/family-details"));
        assertThat(events(id)).last().isInstanceOf(FamilyMemberChanged.class);

        int before = events(id).size();
        assertThat(page(rows + rowId + "/remove")).contains("Are you sure you want to remove this family member?",
                "Mary Jones", "id=\"confirm-remove\"");
        assertThat(events(id)).hasSize(before);
        submit(rows + rowId + "/remove").andExpect(redirectedUrl("/assessments/" + id + "/sections/family-details"));
        assertThat(events(id)).last().isEqualTo(new FamilyMemberRemoved(id, rowId));
        assertThat(page("/assessments/" + id + "/sections/family-details")).doesNotContain("Mary Jones");
    }

    @Test
    void postingTheSameNewRowTwiceAddsItOnce() throws Exception {
        String id = start();
        String rowId = newRowId(id, "family-members");

        submit("/assessments/" + id + "/tables/family-members/rows/new", TypedAnswers.mary(rowId));
        submit("/assessments/" + id + "/tables/family-members/rows/new", TypedAnswers.mary(rowId));

        assertThat(events(id).stream().filter(FamilyMemberAdded.class::isInstance)).hasSize(1);
        assertThat(events(id)).hasSize(2);
    }

    @Test
    void anIncompleteRowIsRefusedWithEveryProblemAndWhatWasTyped() throws Exception {
        String id = start();
        String rowId = newRowId(id, "family-members");

        String page = submit("/assessments/" + id + "/tables/family-members/rows/new", "rowId", rowId, "name", "Sam",
                "dateOfBirth-day", "30", "dateOfBirth-month", "2", "dateOfBirth-year", "2020")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#dateOfBirth-day\">Date of birth or expected date of delivery must be a real date</a>",
                "<a href=\"#gender\">Select an option for gender</a>", "<a href=\"#relationship\">",
                "value=\"Sam\"", "value=\"30\"", "name=\"rowId\" value=\"" + rowId + "\"");
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void addingAProfessionalFromTheAssessmentPageSavesWhatWasTypedThere() throws Exception {
        String id = start();

        submit("/assessments/" + id + "/sections/assessment", "childDevelopment", "Loves drawing.", "wizard-next", "add-row")
                .andExpect(redirectedUrl("/assessments/" + id + "/tables/involved-professionals/rows/new"));

        assertThat(events(id)).last().isInstanceOf(SectionSaved.class);
        assertThat(page("/assessments/" + id + "/sections/assessment"))
                .contains("<button type=\"submit\" name=\"wizard-next\" value=\"add-row\"", "id=\"add-involved-professionals\"");
    }

    @Test
    void anActionNamesFamilyMembersByCheckboxesOfTheirNames() throws Exception {
        String id = start();
        String memberId = newRowId(id, "family-members");
        submit("/assessments/" + id + "/tables/family-members/rows/new", TypedAnswers.mary(memberId));

        String page = page("/assessments/" + id + "/tables/action-plan/rows/new");

        assertThat(page).containsPattern("type=\"checkbox\" id=\"familyMembers\" name=\"familyMembers\"\\s+value=\"" + memberId + "\"")
                .contains(">Mary Smith</label>", "Getting a good education");
    }
}
