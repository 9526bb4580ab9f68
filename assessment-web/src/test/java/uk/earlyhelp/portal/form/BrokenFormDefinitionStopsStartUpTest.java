package uk.earlyhelp.portal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.assessment.form.FormDefinitionException;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;

class BrokenFormDefinitionStopsStartUpTest {

    @Test
    void aBrokenFormDefinitionStopsThePortalNamingTheFileAndTheProblem() {
        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(EarlyHelpPortalApplication.class)
                    .web(WebApplicationType.NONE)
                    // As arguments, not builder properties: those are defaults, which application.yml's database
                    // (./data, under the working directory) would override.
                    .run("--portal.forms.locations=classpath*:forms/*.yaml,classpath:broken-forms/*.yaml",
                            "--spring.datasource.url=jdbc:h2:mem:broken-forms;DB_CLOSE_DELAY=-1")) {
                // must not get here
            }
        });

        Throwable cause = failure;
        while (cause != null && !(cause instanceof FormDefinitionException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("start-up failure caused by the form definition: %s", failure)
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("council-eha-v2.yaml")
                .hasMessageContaining("names option list 'ethnicities', which is not defined");
    }
}
