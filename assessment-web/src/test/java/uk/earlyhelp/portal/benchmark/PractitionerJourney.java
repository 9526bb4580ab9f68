package uk.earlyhelp.portal.benchmark;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.earlyhelp.portal.wizard.TypedAnswers;

/**
 * One simulated practitioner, signed in through the form, going through assessments as a person would, only without
 * pausing: start one, open a section page, type (an autosave of a changing 1,000-character answer after each burst of
 * typing), add a family member and an action (each from its own "add" page, which issues the row's id), save every section, finish, and start the next.
 */
public final class PractitionerJourney {

    static final String FORM = "early-help-assessment";
    private static final int AUTOSAVES_PER_PAGE = 10;
    private static final Pattern ROW_ID = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"");

    private final SignedInClient browser;
    private final Map<String, RequestStats> stats;
    private final String practitioner;
    private int typed;

    PractitionerJourney(SignedInClient browser, String practitioner, Map<String, RequestStats> stats) {
        this.browser = browser;
        this.practitioner = practitioner;
        this.stats = stats;
    }

    /**
     * One assessment from start to finish through {@code browser}, for tests that need finished ones.
     *
     * @return how many of its requests were not answered as a browser expects
     */
    public static int finishOne(SignedInClient browser, String practitioner) throws Exception {
        Map<String, RequestStats> stats = new java.util.HashMap<>();
        for (String kind : java.util.List.of("start", "section page", "autosave", "row page", "add row", "section save",
                "finish")) {
            stats.put(kind, new RequestStats(kind));
        }
        new PractitionerJourney(browser, practitioner, stats).assessment(Long.MAX_VALUE);
        return stats.values().stream().mapToInt(RequestStats::errors).sum();
    }

    static String signIn(SignedInClient browser, String email, String password, RequestStats signIns) throws Exception {
        long start = System.nanoTime();
        browser.signIn(email, password);
        signIns.add(new SignedInClient.Timed(302, "", System.nanoTime() - start, Double.NaN, Double.NaN, ""), 302);
        return email;
    }

    /** One assessment from start to finish. */
    void assessment(long deadline) throws Exception {
        SignedInClient.Timed dashboard = browser.get("/");
        SignedInClient.Timed started = browser.post("/assessments", dashboard, "formId", FORM);
        if (!stats.get("start").add(started, 302)) {
            return;
        }
        String base = started.location().substring(started.location().indexOf("/assessments/"));
        SignedInClient.Timed page = browser.get(base + "/sections/outcome");
        stats.get("section page").add(page, 200);
        for (int i = 0; i < AUTOSAVES_PER_PAGE && System.nanoTime() < deadline; i++) {
            stats.get("autosave").add(browser.post(base + "/sections/outcome/autosave", page,
                    "outcome", "team-around-family", "outcomeReason", answer()), 200);
        }
        // As a browser does: the "add" page issues the row's id (RowIds), and the action names the member by it.
        SignedInClient.Timed memberPage = rowPage(base, "family-members");
        String memberId = issuedRowId(memberPage);
        stats.get("add row").add(browser.post(base + "/tables/family-members/rows/new", memberPage,
                TypedAnswers.mary(memberId)), 302);
        SignedInClient.Timed actionPage = rowPage(base, "action-plan");
        stats.get("add row").add(browser.post(base + "/tables/action-plan/rows/new", actionPage,
                TypedAnswers.action(issuedRowId(actionPage), memberId)), 302);
        save(base, page, "assessment", TypedAnswers.assessment());
        save(base, page, "consent", TypedAnswers.consent());
        save(base, page, "presenting-needs", TypedAnswers.presentingNeeds());
        save(base, page, "outcome", TypedAnswers.outcome());
        save(base, page, "your-details", withEmail(TypedAnswers.yourDetails()));
        save(base, page, "key-person", TypedAnswers.keyPerson());
        stats.get("finish").add(browser.post(base + "/finish", page), 302);
    }

    private SignedInClient.Timed rowPage(String base, String tableId) throws Exception {
        SignedInClient.Timed page = browser.get(base + "/tables/" + tableId + "/rows/new");
        stats.get("row page").add(page, 200);
        return page;
    }

    private static String issuedRowId(SignedInClient.Timed rowPage) {
        Matcher id = ROW_ID.matcher(rowPage.body());
        return id.find() ? id.group(1) : "not-issued";
    }

    private void save(String base, SignedInClient.Timed page, String section, String[] answers) throws Exception {
        stats.get("section save").add(browser.post(base + "/sections/" + section, page, answers), 302);
    }

    private String[] withEmail(String[] answers) {
        for (int i = 0; i + 1 < answers.length; i += 2) {
            if (answers[i].equals("email")) {
                answers[i + 1] = practitioner;
            }
        }
        return answers;
    }

    /** What has been typed so far, 1,000 characters, different at every autosave. */
    private String answer() {
        typed++;
        String prefix = "Reason, draft " + typed + ": ";
        return prefix + "the family would like help with housing and school attendance. ".repeat(20)
                .substring(0, 1000 - prefix.length());
    }
}
