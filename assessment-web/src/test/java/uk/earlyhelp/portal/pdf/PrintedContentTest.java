package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** What the PDF prints: everything "check your answers" shows, every name as typed, and markup only as text. */
class PrintedContentTest extends PdfTest {

    private static final Pattern SUMMARY_TEXT = Pattern.compile(
            "class=\"govuk-summary-list__(?:key|value)\">(.*?)</d[td]>", Pattern.DOTALL);

    @Test
    void everyQuestionAndAnswerOnCheckYourAnswersIsPrintedWithTheFamilyAndActionPlanAsTables() throws Exception {
        String id = create(AssessmentScript::draft);
        String check = mvc.perform(get("/assessments/" + id + "/check").with(signedInAs(PRACTITIONER)))
                .andReturn().getResponse().getContentAsString();
        List<String> shown = new ArrayList<>();
        Matcher matcher = SUMMARY_TEXT.matcher(check);
        while (matcher.find()) {
            shown.add(HtmlUtils.htmlUnescape(matcher.group(1).replaceAll("<[^>]+>", "")));
        }
        assertThat(shown).as("questions and answers on check your answers").hasSizeGreaterThan(60);

        String printed = text(pdf(id));

        // Line breaks fall elsewhere in a PDF than on a screen: compare without white space, and composed (NFC), as
        // the PDF prints "Siân" typed as "a" and a combining circumflex with the font's "â".
        String squashed = squash(printed);
        assertThat(shown).allSatisfy(text -> assertThat(squashed).as("printed").contains(squash(text)));
        assertThat(printed).contains("Family details", "Assessment", "Action plan", "Consent arrangements",
                        "Presenting needs", "Outcome", "Your details", "Key person",
                        "Family members", "Other professionals involved", "Actions")
                .contains("White and Asian", "09/05/1991", "Subject child", "Secure housing", "31/03/2027",
                        "Team Around the Family (multi-agency plan)", "Not old enough to agree")
                .doesNotContain("mixed-white-asian", "team-around-family", "2027-03-31");
    }

    @Test
    void namesNeedingLatinExtendedAndVietnameseLettersPrintAndReadBackAsTyped() throws Exception {
        byte[] pdf = pdf(create(AssessmentScript::draft));

        assertThat(text(pdf)).contains("Zoë Nguyễn", "Łukasz Nguyễn", "Siân Nguyễn", "Łukasz Nowak", "Siân Evans")
                .doesNotContain("\uFFFD");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)");
                }
            }
        }
    }

    @Test
    void markupTypedIntoAnAnswerIsPrintedAsTextAndNeverInterpreted() throws Exception {
        byte[] pdf = pdf(create(AssessmentScript::draft));

        // As typed, angle brackets and all (white space evened out: the PDF breaks lines where it must).
        assertThat(text(pdf).replaceAll("\\s+", " ")).contains(AssessmentScript.SCRIPT,
                "Riverside Primary " + AssessmentScript.BOLD, "Tom & Jerry's café nearby.");
        // No script of any kind in the document: nothing a PDF reader could run.
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript", "/JS ", "/OpenAction");
    }

    private static String squash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
