package uk.earlyhelp.portal.account.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;

/**
 * The postgres profile stops at start-up, saying what to set, when the TOTP secrets' key or salt is the one the
 * embedded default publishes, or missing. It stops before connecting to any database: none is given here.
 */
class PublishedKeyRefusedTest {

    @Test
    void thePublishedKeyStopsTheStartWithAClearMessage() {
        assertThat(startFailure("--portal.second-factor.encryption-key=embedded-default-not-a-secret"))
                .hasMessageContaining("portal.second-factor.encryption-key is the embedded default's published value")
                .hasMessageContaining("Set EHP_SECOND_FACTOR_KEY");
    }

    @Test
    void thePublishedSaltOrNoKeyAtAllStopItToo() {
        assertThat(startFailure("--portal.second-factor.encryption-salt=5c0ffee15ba5eba1"))
                .hasMessageContaining("portal.second-factor.encryption-salt is the embedded default's published value");
        assertThat(startFailure("--portal.second-factor.encryption-key="))
                .hasMessageContaining("portal.second-factor.encryption-key is not set");
    }

    private static Throwable startFailure(String setting) {
        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(EarlyHelpPortalApplication.class)
                    .web(WebApplicationType.NONE).profiles("postgres")
                    .run(setting, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none")) {
                // must not get here
            }
        });
        Throwable cause = failure;
        while (cause != null && !(cause instanceof IllegalStateException && cause.getMessage() != null
                && cause.getMessage().startsWith("portal.second-factor."))) {
            cause = cause.getCause();
        }
        assertThat(cause).as("start-up failure caused by the key check: %s", failure).isNotNull();
        return cause;
    }
}
