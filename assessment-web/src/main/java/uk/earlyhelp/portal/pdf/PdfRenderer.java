package uk.earlyhelp.portal.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.earlyhelp.assessment.form.TypedText;

/**
 * Prints an assessment: the Thymeleaf template {@code pdf/assessment} (the screens' wording, from messages.properties)
 * to XHTML, then openhtmltopdf to a tagged PDF/UA-1 document in Noto Sans, embedded, so that every name prints
 * (Zoë, Łukasz, Siân, Nguyễn). Answers reach the page only as escaped text, and the renderer may load nothing from
 * anywhere: markup typed into an answer is printed, never interpreted.
 */
@Component
class PdfRenderer {

    static final String FONT = "Noto Sans";
    private static final Locale LOCALE = Locale.UK; // as WizardMessages: the portal is in British English

    private final ITemplateEngine templates;
    // Read once: PDFBox embeds (a subset of) each font anew in every document, from these bytes.
    private final byte[] regular = font("NotoSans-Regular.ttf");
    private final byte[] bold = font("NotoSans-Bold.ttf");

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        RendererLog.install();
    }

    byte[] render(PrintedAssessment assessment) {
        // The text-input rule once more over the whole page: answers stored before it applied at the boundary (and
        // anything else printed) may hold characters XML 1.0 cannot, which would stop the document for good.
        String xhtml = TypedText.clean(templates.process("pdf/assessment", new Context(LOCALE, Map.of("doc", assessment))));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
                // Nothing external: no images, styles or fonts from a URL, whatever the document says.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print assessment " + assessment.assessmentId(), e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("Font " + file + " is missing from the portal");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
