package uk.earlyhelp.portal.wizard;

/** Every wizard URL, built in one place so pages, redirects and error links agree. */
public final class WizardPaths {

    private WizardPaths() {
    }

    /** The task list of a draft, or the read-only view of a submitted assessment. */
    public static String assessment(String id) {
        return "/assessments/" + id;
    }

    public static String section(String id, String sectionId) {
        return assessment(id) + "/sections/" + sectionId;
    }

    public static String autosave(String id, String sectionId) {
        return section(id, sectionId) + "/autosave";
    }

    /** Where a section's save that met another tab's changes is settled (ADR 0023). */
    public static String conflict(String id, String sectionId) {
        return section(id, sectionId) + "/conflict";
    }

    public static String newRow(String id, String tableId) {
        return assessment(id) + "/tables/" + tableId + "/rows/new";
    }

    public static String row(String id, String tableId, String rowId) {
        return assessment(id) + "/tables/" + tableId + "/rows/" + rowId;
    }

    public static String removeRow(String id, String tableId, String rowId) {
        return row(id, tableId, rowId) + "/remove";
    }

    public static String stop(String id) {
        return assessment(id) + "/stop";
    }

    public static String check(String id) {
        return assessment(id) + "/check";
    }

    public static String finish(String id) {
        return assessment(id) + "/finish";
    }

    public static String confirmation(String id) {
        return assessment(id) + "/confirmation";
    }

    public static String redirect(String path) {
        return "redirect:" + path;
    }
}
