package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/** Downloads assessments as PDFs through HTTP, as their author would, and reads back what was printed. */
abstract class PdfTest extends PortalWebTest {

    @Autowired
    ActingUserCommandGateway commands;

    /** Sends the commands as the practitioner; returns the assessment's id. */
    String create(java.util.function.Function<AssessmentScript, List<Object>> script) {
        String id = UUID.randomUUID().toString();
        String author = accountIdOf(PRACTITIONER);
        for (Object command : script.apply(new AssessmentScript(id, author))) {
            commands.send(command, author);
        }
        return id;
    }

    MockHttpServletResponse download(String id, String user) throws Exception {
        return mvc.perform(get(PdfDownload.path(id)).with(signedInAs(user))).andReturn().getResponse();
    }

    byte[] pdf(String id) throws Exception {
        MockHttpServletResponse response = download(id, PRACTITIONER);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        // Kept for a person to look at (pdftoppm, a PDF reader, veraPDF's own GUI) when a test fails.
        Files.write(Files.createDirectories(Path.of("target/pdf")).resolve(id + ".pdf"), pdf);
        return pdf;
    }

    /** The text of each page, as a screen reader or copy and paste would get it. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }
}
