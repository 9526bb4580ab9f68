package uk.earlyhelp.portal.wizard.table;

import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.AddActionPlanRow;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AddInvolvedProfessional;
import uk.earlyhelp.assessment.api.ChangeActionPlanRow;
import uk.earlyhelp.assessment.api.ChangeFamilyMember;
import uk.earlyhelp.assessment.api.ChangeInvolvedProfessional;
import uk.earlyhelp.assessment.api.RemoveActionPlanRow;
import uk.earlyhelp.assessment.api.RemoveFamilyMember;
import uk.earlyhelp.assessment.api.RemoveInvolvedProfessional;
import uk.earlyhelp.assessment.form.TableIds;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;

/** The domain has a command per table and per change; this picks the one a row page means. */
final class TableCommands {

    private TableCommands() {
    }

    static Object add(String tableId, String assessmentId, String rowId, Map<String, List<String>> details) {
        return switch (tableId) {
            case TableIds.FAMILY_MEMBERS -> new AddFamilyMember(assessmentId, rowId, details);
            case TableIds.INVOLVED_PROFESSIONALS -> new AddInvolvedProfessional(assessmentId, rowId, details);
            case TableIds.ACTION_PLAN -> new AddActionPlanRow(assessmentId, rowId, details);
            default -> throw new AssessmentNotFound();
        };
    }

    static Object change(String tableId, String assessmentId, String rowId, Map<String, List<String>> details) {
        return switch (tableId) {
            case TableIds.FAMILY_MEMBERS -> new ChangeFamilyMember(assessmentId, rowId, details);
            case TableIds.INVOLVED_PROFESSIONALS -> new ChangeInvolvedProfessional(assessmentId, rowId, details);
            case TableIds.ACTION_PLAN -> new ChangeActionPlanRow(assessmentId, rowId, details);
            default -> throw new AssessmentNotFound();
        };
    }

    static Object remove(String tableId, String assessmentId, String rowId) {
        return switch (tableId) {
            case TableIds.FAMILY_MEMBERS -> new RemoveFamilyMember(assessmentId, rowId);
            case TableIds.INVOLVED_PROFESSIONALS -> new RemoveInvolvedProfessional(assessmentId, rowId);
            case TableIds.ACTION_PLAN -> new RemoveActionPlanRow(assessmentId, rowId);
            default -> throw new AssessmentNotFound();
        };
    }
}
