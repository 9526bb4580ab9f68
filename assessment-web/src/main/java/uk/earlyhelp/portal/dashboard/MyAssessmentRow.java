package uk.earlyhelp.portal.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.earlyhelp.assessment.api.AssessmentStatus;
import uk.earlyhelp.assessment.api.MyAssessmentSummary;
import uk.earlyhelp.portal.assessment.DeliveryStatusText;
import uk.earlyhelp.portal.pdf.PdfDownload;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * One line of the My Assessments table, ready to show.
 *
 * @param statusKey       message key of the status tag
 * @param deliveryKey     message key of where a submitted assessment's delivery to Mosaic stands; null for drafts
 * @param mosaicReference Mosaic's reference, the argument of the received message; null until received
 * @param deleteHref      null for submitted assessments, which cannot be deleted
 * @param pdfHref         the assessment as a PDF, draft or submitted
 */
record MyAssessmentRow(String assessmentId, String formTitle, String familyName, String statusKey, String statusTagClass,
                       String deliveryKey, String mosaicReference, String lastChanged, String openHref,
                       String deleteHref, String pdfHref) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** @param zone the council's: a change at 00:30 on a summer morning belongs to that day, not the day before (UTC) */
    static MyAssessmentRow of(MyAssessmentSummary summary, ZoneId zone) {
        String id = summary.assessmentId();
        boolean draft = summary.status() == AssessmentStatus.PART_COMPLETED;
        // A draft reopens where its author last worked; a submitted one opens read-only.
        String open = draft && summary.lastSectionId() != null
                ? WizardPaths.section(id, summary.lastSectionId())
                : WizardPaths.assessment(id);
        return new MyAssessmentRow(id, summary.formTitle(), summary.familyName(), "status." + summary.status().name(),
                draft ? "govuk-tag--light-blue" : "govuk-tag--green", draft ? null : DeliveryStatusText.key(summary.delivery()),
                summary.mosaicReference(), summary.lastChanged() == null ? "" : DAY.format(summary.lastChanged().atZone(zone)),
                open, draft ? DeleteDraftController.path(id) : null, PdfDownload.path(id));
    }
}
