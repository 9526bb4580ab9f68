package uk.earlyhelp.portal.pdf;

import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.mosaic.delivery.AssessmentDocument;
import uk.earlyhelp.mosaic.delivery.AssessmentDocuments;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * The PDF delivered with each finished assessment into Mosaic (mosaic-projector asks for it): printed by the same code
 * and template as the practitioner's download, under the same file name, so the case record holds the same document.
 */
@Component
class MosaicCopies implements AssessmentDocuments {

    private final AssessmentPdfs pdfs;

    MosaicCopies(AssessmentPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @Override
    public AssessmentDocument print(AssessmentView assessment, FormDefinition form, Instant finishedAt) {
        PdfFile pdf = pdfs.printForMosaic(new OpenAssessment(assessment, form), finishedAt);
        return new AssessmentDocument(pdf.fileName(), MediaType.APPLICATION_PDF_VALUE, pdf.content());
    }
}
