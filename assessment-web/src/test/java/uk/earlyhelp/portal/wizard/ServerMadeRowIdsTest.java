package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.FamilyMemberChanged;

/** Finding 7 of the security review: "add a row" with an existing row's id overwrote that row. The server makes ids. */
class ServerMadeRowIdsTest extends WizardTest {

    private static final Pattern ROW_ID = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"");

    @Test
    void addingARowWithAnExistingRowsIdLeavesThatRowAlone() throws Exception {
        String id = start();
        String rows = "/assessments/" + id + "/tables/family-members/rows/";
        String mary = issued(rows + "new");
        submit(rows + "new", TypedAnswers.mary(mary));

        String[] overwrite = TypedAnswers.mary(mary);
        overwrite[3] = "Overwritten";
        submit(rows + "new", TypedAnswers.mary(issued(rows + "new"))); // a second, honest row
        submit(rows + "new", overwrite);

        List<Object> events = events(id);
        assertThat(events).noneMatch(FamilyMemberChanged.class::isInstance);
        assertThat(events).filteredOn(FamilyMemberAdded.class::isInstance).map(FamilyMemberAdded.class::cast)
                .extracting(FamilyMemberAdded::memberId).hasSize(2).doesNotHaveDuplicates().first().isEqualTo(mary);
        assertThat(page(rows + mary)).contains("value=\"Mary Smith\"").doesNotContain("Overwritten");
    }

    @Test
    void anIdMadeUpByTheBrowserOrIssuedForAnotherAssessmentIsReplaced() throws Exception {
        String id = start();
        String other = start();
        String rows = "/assessments/" + id + "/tables/family-members/rows/";
        submit(rows + "new", TypedAnswers.mary("m1"));
        submit(rows + "new", TypedAnswers.mary(issued("/assessments/" + other + "/tables/family-members/rows/new")));

        assertThat(events(id)).filteredOn(FamilyMemberAdded.class::isInstance).map(FamilyMemberAdded.class::cast)
                .extracting(FamilyMemberAdded::memberId).hasSize(2).doesNotContain("m1")
                .allSatisfy(memberId -> assertThat(memberId).hasSize(20));
    }

    private String issued(String newRowPage) throws Exception {
        Matcher matcher = ROW_ID.matcher(page(newRowPage));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
