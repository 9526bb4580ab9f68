package uk.earlyhelp.portal.retention;

/** The acting user of every step the retention schedule takes: the auditor's timeline names it in its own words. */
public final class RetentionActor {

    public static final String ID = "retention";

    private RetentionActor() {
    }
}
