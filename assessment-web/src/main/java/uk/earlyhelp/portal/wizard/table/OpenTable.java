package uk.earlyhelp.portal.wizard.table;

import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardPaths;

/** A table of an opened assessment, with the section page its rows are listed on. */
record OpenTable(OpenAssessment assessment, SectionDefinition section, TableDefinition table) {

    static OpenTable of(OpenAssessment assessment, String tableId) {
        SectionDefinition section = assessment.sectionWithTable(tableId);
        return new OpenTable(assessment, section, section.table());
    }

    String id() {
        return table.id();
    }

    String sectionHref() {
        return WizardPaths.section(assessment.id(), section.id());
    }

    /** "Family member", for headings and banners. */
    String rowNameCapitalised() {
        return capitalised(table.rowName());
    }

    static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
