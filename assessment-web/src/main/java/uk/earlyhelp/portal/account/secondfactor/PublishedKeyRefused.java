package uk.earlyhelp.portal.account.secondfactor;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * The {@code postgres} profile (production) does not start with the TOTP secrets' encryption key or salt that the
 * embedded default publishes in application.yml, nor with none: secrets encrypted with a published key are as good as
 * clear. Checked before any bean is made (a bean factory post-processor), so the portal stops at once, before it
 * connects to the database, with a message that says what to set.
 */
final class PublishedKeyRefused implements BeanFactoryPostProcessor, EnvironmentAware {

    static final Set<String> PUBLISHED = Set.of("embedded-default-not-a-secret", "5c0ffee15ba5eba1");
    private static final String KEY = "portal.second-factor.encryption-key";
    private static final String SALT = "portal.second-factor.encryption-salt";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.matchesProfiles("postgres")) {
            return;
        }
        for (String[] setting : new String[][] {{KEY, "EHP_SECOND_FACTOR_KEY"}, {SALT, "EHP_SECOND_FACTOR_SALT"}}) {
            String value = environment.getProperty(setting[0], "");
            if (value.isBlank() || PUBLISHED.contains(value.strip())) {
                throw new IllegalStateException(setting[0] + " is " + (value.isBlank() ? "not set" : "the embedded"
                        + " default's published value") + ": the postgres profile refuses to start with it, as it would"
                        + " leave the TOTP secrets readable by anyone. Set " + setting[1] + " (the key: a long random"
                        + " passphrase; the salt: 16 or more random hex digits) and keep them with the database password");
            }
        }
    }
}
