package uk.earlyhelp.assessment.form;

/**
 * Ids of the tables the assessment's commands address by name. A form definition must have the
 * family table; the others are refused as "no such table" by a form that lacks them.
 */
public final class TableIds {

    /** The family; family-member fields elsewhere refer to its row ids. */
    public static final String FAMILY_MEMBERS = "family-members";
    public static final String INVOLVED_PROFESSIONALS = "involved-professionals";
    public static final String ACTION_PLAN = "action-plan";

    private TableIds() {
    }
}
