package uk.earlyhelp.portal.pdf;

/** Where an assessment's PDF is downloaded, for the pages that link to it (My Assessments, confirmation, read-only view). */
public final class PdfDownload {

    static final String PATH = "/assessments/{assessmentId}/pdf";

    private PdfDownload() {
    }

    public static String path(String assessmentId) {
        return "/assessments/" + assessmentId + "/pdf";
    }
}
