package uk.earlyhelp.portal.pdf;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The name a downloaded PDF is saved under, e.g. {@code early-help-assessment-submitted-2026-11-26-1b9d6bcd.pdf}:
 * the form, draft or submitted, the day (submitted, or printed for a draft) and the start of the assessment's id.
 * Never a family member's name: a file name travels further than its contents (download lists, email attachments,
 * shared drives, Mosaic's list of documents), and a name beside "early help assessment" already says something
 * sensitive about a family. The id tells two downloads of one day apart and matches the document to its assessment.
 */
final class PdfFileName {

    private static final int SHORT_ID = 8;

    private PdfFileName() {
    }

    /** @param day the day it was submitted, or for a draft the day it is printed */
    static String of(String formId, String assessmentId, boolean submitted, LocalDate day) {
        String id = assessmentId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "%s-%s-%s-%s.pdf".formatted(formId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", ""),
                submitted ? "submitted" : "draft", day, id.substring(0, Math.min(SHORT_ID, id.length())));
    }
}
