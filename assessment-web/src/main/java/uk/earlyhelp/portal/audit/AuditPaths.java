package uk.earlyhelp.portal.audit;

/** The addresses of the auditors' pages, in one place so that links and mappings agree. */
public final class AuditPaths {

    public static final String SEARCH = "/audit";
    public static final String ASSESSMENT = "/audit/assessments/{assessmentId}";
    public static final String AS_AT = ASSESSMENT + "/as-at/{number}";
    public static final String AS_AT_PDF = AS_AT + "/pdf";
    public static final String CSV = ASSESSMENT + "/timeline.csv";
    public static final String JSON = ASSESSMENT + "/timeline.json";
    public static final String CHILD = "/audit/children/{childId}";
    public static final String ACCOUNT = "/audit/accounts/{accountId}";
    public static final String CHILD_CSV = CHILD + "/timeline.csv";
    public static final String CHILD_JSON = CHILD + "/timeline.json";
    public static final String ACCOUNT_CSV = ACCOUNT + "/timeline.csv";
    public static final String ACCOUNT_JSON = ACCOUNT + "/timeline.json";

    /** Events on one page of a timeline. */
    public static final int TIMELINE_PAGE_SIZE = 100;

    private AuditPaths() {
    }

    public static String assessment(String assessmentId) {
        return "/audit/assessments/" + assessmentId;
    }

    /** The timeline page that shows event {@code number} (from 1), at that event's row. */
    public static String timelineRow(String assessmentId, int number) {
        return assessment(assessmentId) + "?page=" + ((number - 1) / TIMELINE_PAGE_SIZE + 1) + "#event-" + number;
    }

    public static String asAt(String assessmentId, int number) {
        return assessment(assessmentId) + "/as-at/" + number;
    }

    public static String asAtPdf(String assessmentId, int number) {
        return asAt(assessmentId, number) + "/pdf";
    }

    public static String child(String childId) {
        return "/audit/children/" + childId;
    }

    public static String account(String accountId) {
        return "/audit/accounts/" + accountId;
    }

    public static String childCsv(String childId) {
        return child(childId) + "/timeline.csv";
    }

    public static String childJson(String childId) {
        return child(childId) + "/timeline.json";
    }

    public static String accountCsv(String accountId) {
        return account(accountId) + "/timeline.csv";
    }

    public static String accountJson(String accountId) {
        return account(accountId) + "/timeline.json";
    }

    public static String csv(String assessmentId) {
        return assessment(assessmentId) + "/timeline.csv";
    }

    public static String json(String assessmentId) {
        return assessment(assessmentId) + "/timeline.json";
    }
}
