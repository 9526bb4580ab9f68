package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Someone else's assessment does not exist as far as the wizard is concerned: 404 everywhere, and nothing changes. */
class OnlyTheAuthorTest extends WizardTest {

    @Test
    void anotherPractitionerGetsNotFoundOnEveryWizardAddressAndChangesNothing() throws Exception {
        String id = start();
        Matcher matcher = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"")
                .matcher(page("/assessments/" + id + "/tables/family-members/rows/new"));
        assertThat(matcher.find()).isTrue();
        String rowId = matcher.group(1);
        submit("/assessments/" + id + "/tables/family-members/rows/new", TypedAnswers.mary(rowId));
        String base = "/assessments/" + id;
        String row = base + "/tables/family-members/rows/" + rowId;
        List<Object> before = events(id);

        for (String url : List.of(base, base + "/sections/consent", base + "/tables/family-members/rows/new", row,
                row + "/remove", base + "/check", base + "/confirmation", base + "/stop")) {
            int status = mvc.perform(get(url).with(signedInAs(SECOND_PRACTITIONER))).andReturn().getResponse().getStatus();
            assertThat(status).as("GET " + url).isEqualTo(404);
        }
        for (String url : List.of(base + "/sections/consent", base + "/sections/consent/autosave",
                base + "/tables/family-members/rows/new", row, row + "/remove", base + "/finish")) {
            int status = mvc.perform(form(post(url), TypedAnswers.consent()).param("name", "Not Mary")
                    .with(signedInAs(SECOND_PRACTITIONER)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as("POST " + url).isEqualTo(404);
        }

        assertThat(events(id)).isEqualTo(before);
    }
}
