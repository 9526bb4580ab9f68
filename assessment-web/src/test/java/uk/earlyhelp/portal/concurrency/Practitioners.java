package uk.earlyhelp.portal.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;

/** What a practitioner's browser does in these tests: start an assessment, and type a changing answer. */
final class Practitioners {

    static final String FIELD = "outcomeReason";

    private Practitioners() {
    }

    /** Starts an assessment from the dashboard's Start button and returns its id. */
    static String start(SignedInClient browser) throws Exception {
        Timed started = browser.post("/assessments", browser.get("/"), "formId", "early-help-assessment");
        assertThat(started.status()).as("starting an assessment").isEqualTo(302);
        return started.location().substring(started.location().indexOf("/assessments/") + "/assessments/".length());
    }

    static String sectionPath(String assessmentId, String sectionId) {
        return "/assessments/" + assessmentId + "/sections/" + sectionId;
    }

    /** A 1,000-character answer that differs from every other {@code n}'s in its first 12 characters. */
    static String answer(int n) {
        return String.format("answer %05d ", n) + "x".repeat(1000 - 13);
    }
}
