package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FieldType;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TypedText;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;

/**
 * The text-input rule end to end, as a property over jqwik's random Unicode (every plane, controls, line breaks,
 * noncharacters, unpaired surrogates): typed through HTTP into every text field of the form (each question and table
 * cell the definition has), each assessment prints as a PDF and reaches Mosaic with every value as the rule keeps it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mosaic.delivery.enabled=true", "mosaic.stand-in.enabled=true"})
class AnyUnicodeInEveryTextFieldTest extends PdfTest {

    private static final int TRIES = 4; // each a whole assessment typed, printed and delivered: a few seconds
    private static final Pattern ROW_ID = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"");
    // Answers to the other questions that make every text field asked (refusal notes, the other need, a key person).
    private static final Map<String, List<String>> CHOSEN = Map.ofEntries(Map.entry("gender", List.of("female")),
            Map.entry("relationship", List.of("subject-child")), Map.entry("ethnicity", List.of("white-british")),
            Map.entry("significantHarm", List.of("no")), Map.entry("ffIndicator", List.of("secure-housing")),
            Map.entry("childAgreed", List.of("not-old-enough")), Map.entry("consentMethod", List.of("written")),
            Map.entry("refusedOrWithdrawn", List.of("yes")), Map.entry("presentingNeeds", List.of("housing", "other")),
            Map.entry("outcome", List.of("team-around-family")), Map.entry("isKeyPerson", List.of("no")));

    @Autowired
    FormDefinitions forms;
    @Autowired
    MosaicStandIn standIn;

    @Test
    void anyUnicodeTypedIntoEveryTextFieldPrintsAndReachesMosaicAsTheRuleKeepsIt() throws Exception {
        Iterator<String> random = anyUnicode().sampleStream().iterator();
        FormDefinition form = forms.newest(AssessmentScript.FORM).orElseThrow();
        for (int t = 0; t < TRIES; t++) {
            List<String> typed = new ArrayList<>();
            String id = start();
            String memberId = null;
            for (SectionDefinition section : form.sections()) {
                if (section.table() != null) {
                    String table = "/assessments/" + id + "/tables/" + section.table().id() + "/rows/new";
                    String rowId = rowId(table);
                    memberId = memberId == null ? rowId : memberId;
                    send(answers(post(table).param("rowId", rowId), section.table().columns(), random, typed, memberId));
                }
                if (section.hasQuestions()) {
                    send(answers(post("/assessments/" + id + "/sections/" + section.id()), section.fields(), random, typed, memberId));
                }
            }
            byte[] pdf = pdf(id);
            assertThat(pages(pdf)).as("pages of the PDF of try " + t).isNotEmpty();
            send(post("/assessments/" + id + "/finish"));

            List<String> delivered = new DeliveredBody(standIn, id, Duration.ofSeconds(30)).strings();
            assertThat(delivered).allSatisfy(value -> assertThat(TypedText.clean(value)).isEqualTo(value));
            assertThat(delivered).as("every typed value, as the rule keeps it").containsAll(
                    typed.stream().map(TypedText::clean).toList());
        }
    }

    private MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, List<FieldDefinition> fields,
                                                  Iterator<String> random, List<String> typed, String memberId) {
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.TEXT) {
                // Marked at both ends, so that blank or spaced-out strings are still answers and nothing is trimmed.
                String value = "a" + random.next() + "z";
                typed.add(value);
                request.param(field.id(), value);
            } else if (field.type() == FieldType.DATE) {
                request.param(field.id() + "-day", "1").param(field.id() + "-month", "4").param(field.id() + "-year", "2024");
            } else if (field.type() == FieldType.FAMILY_MEMBERS) {
                request.param(field.id(), memberId);
            } else {
                request.param(field.id(), CHOSEN.get(field.id()).toArray(String[]::new));
            }
        }
        return request;
    }

    private String start() throws Exception {
        String location = mvc.perform(post("/assessments").param("formId", AssessmentScript.FORM)
                .with(signedInAs(PRACTITIONER)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        return location.substring("/assessments/".length());
    }

    private String rowId(String newRowPage) throws Exception {
        Matcher matcher = ROW_ID.matcher(mvc.perform(get(newRowPage).with(signedInAs(PRACTITIONER))).andReturn()
                .getResponse().getContentAsString());
        assertThat(matcher.find()).as("a row id on " + newRowPage).isTrue();
        return matcher.group(1);
    }

    private void send(MockHttpServletRequestBuilder request) throws Exception {
        int status = mvc.perform(request.with(signedInAs(PRACTITIONER)).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).as("a saved answer goes on to the next page").isEqualTo(302);
    }

    /** Mixed UTF-16 units: single chars of the whole range (so unpaired surrogates), code points of every plane, and
     * the awkward ones named. */
    static Arbitrary<String> anyUnicode() {
        Arbitrary<String> unit = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(Character::toString);
        Arbitrary<String> awkward = Arbitraries.of("\u000B", "\u0000", "\r\n", "\r", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00",
                "\u0085", "\u2028", "\u200D", "\u0301", "<b>", "&amp;");
        return Arbitraries.frequencyOf(Tuple.of(3, unit), Tuple.of(3, codePoint), Tuple.of(2, awkward))
                .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
