package uk.earlyhelp.portal.wizard.table;

import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/** A table of an opened assessment, with the section page its rows are listed on. */
record OpenTable(OpenAssessment assessment, TablePlace place) {

    static OpenTable of(OpenAssessment assessment, String tableId) {
        return new OpenTable(assessment, TablePlace.of(assessment.id(), assessment.form(), tableId));
    }

    SectionDefinition section() {
        return place.section();
    }

    TableDefinition table() {
        return place.table();
    }

    String id() {
        return place.id();
    }

    String sectionHref() {
        return place.sectionHref();
    }

    String rowNameCapitalised() {
        return place.rowNameCapitalised();
    }
}
