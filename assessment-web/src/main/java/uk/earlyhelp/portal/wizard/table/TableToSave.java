package uk.earlyhelp.portal.wizard.table;

import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.AssessmentToSave;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * A table of an assessment its author is saving a row into: from the form version alone, so a row's save reads the
 * assessment only inside its command (ADR 0030). A refused save opens the assessment ({@link OpenTable}) to show why.
 */
record TableToSave(AssessmentToSave assessment, SectionDefinition section, TableDefinition table) {

    static TableToSave of(AssessmentToSave assessment, String tableId) {
        SectionDefinition section = assessment.sectionWithTable(tableId);
        return new TableToSave(assessment, section, section.table());
    }

    String id() {
        return table.id();
    }

    String sectionHref() {
        return WizardPaths.section(assessment.id(), section.id());
    }

    String rowNameCapitalised() {
        return OpenTable.capitalised(table.rowName());
    }
}
