package uk.earlyhelp.portal.wizard.table;

import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * Where a table is: its assessment, the section page listing its rows, its columns. Found in the form version alone,
 * so a row's save needs no read of the assessment before its command (ADR 0030); {@link OpenTable} adds the assessment
 * as opened, for pages. An unknown table is "not found", as on the pages.
 */
record TablePlace(String assessmentId, SectionDefinition section, TableDefinition table) {

    static TablePlace of(String assessmentId, FormDefinition form, String tableId) {
        SectionDefinition section = form.sectionWithTable(tableId).orElseThrow(AssessmentNotFound::new);
        return new TablePlace(assessmentId, section, section.table());
    }

    String id() {
        return table.id();
    }

    String sectionHref() {
        return WizardPaths.section(assessmentId, section.id());
    }

    /** "Family member", for headings and banners. */
    String rowNameCapitalised() {
        String name = table.rowName();
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
