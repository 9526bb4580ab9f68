package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.assessment.form.SectionDefinition;

/**
 * The PDF is accessible: PDF/UA-1 as veraPDF checks it, with no failed rule, for a short draft and for a long
 * submitted assessment; and the parts a screen-reader user navigates by are really there.
 */
class PdfAccessibilityTest extends PdfTest {

    @Autowired
    FormDefinitions forms;

    @Test
    void aDraftAndALongSubmittedAssessmentMeetPdfUa1WithNoFailedRule() throws Exception {
        byte[] started = pdf(create(AssessmentScript::started));
        byte[] draft = pdf(create(AssessmentScript::draft));
        byte[] submitted = pdf(create(script -> script.members(10).actions(8).narratives(1500).finished()));

        assertThat(PdfUaValidation.failures(started)).as("PDF/UA-1 failures of a draft just started").isEmpty();
        assertThat(text(started)).contains("Not answered", "None added");
        assertThat(PdfUaValidation.failures(draft)).as("PDF/UA-1 failures of the draft").isEmpty();
        assertThat(PdfUaValidation.failures(submitted)).as("PDF/UA-1 failures of the submitted assessment").isEmpty();
    }

    @Test
    void theValidatorDoesFailAnUntaggedPdf() throws Exception {
        // Proof that the check above can fail: a plain PDF, text in a font that is not embedded, no tags.
        ByteArrayOutputStream untagged = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Early Help Assessment");
                content.endText();
            }
            document.save(untagged);
        }

        assertThat(PdfUaValidation.failures(untagged.toByteArray())).isNotEmpty();
    }

    @Test
    void itHasATitleALanguageHeadingsTableHeadersAndABookmarkPerSection() throws Exception {
        byte[] pdf = pdf(create(AssessmentScript::finished));
        List<String> sections = forms.newest(AssessmentScript.FORM).orElseThrow().sections().stream()
                .map(SectionDefinition::title).toList();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Early Help Assessment – Portal – submitted");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).isEqualTo(sections);

            List<PDStructureElement> elements = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), elements);
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("H1")).hasSize(1);
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("H2")).hasSize(sections.size());
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("Table")).hasSizeGreaterThan(sections.size());
            List<String> scopes = elements.stream().filter(e -> e.getStructureType().equals("TH")).map(PdfAccessibilityTest::scope).toList();
            assertThat(scopes).contains("Row", "Column").doesNotContainNull();
        }
    }

    private static void collect(List<Object> kids, List<PDStructureElement> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element.getKids(), into);
            } else if (kid instanceof PDStructureNode node) {
                collect(node.getKids(), into);
            }
        }
    }

    /** The Scope of a TH, from its table attributes (/A, a dictionary or an array of them). */
    private static String scope(PDStructureElement th) {
        COSBase attributes = th.getCOSObject().getDictionaryObject(COSName.A);
        List<COSDictionary> dictionaries = new ArrayList<>();
        if (attributes instanceof COSDictionary dictionary) dictionaries.add(dictionary);
        if (attributes instanceof org.apache.pdfbox.cos.COSArray array) {
            array.forEach(item -> {
                if (item instanceof COSDictionary d) dictionaries.add(d);
                if (item instanceof org.apache.pdfbox.cos.COSObject o && o.getObject() instanceof COSDictionary d) dictionaries.add(d);
            });
        }
        return dictionaries.stream().map(d -> d.getNameAsString("Scope")).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
