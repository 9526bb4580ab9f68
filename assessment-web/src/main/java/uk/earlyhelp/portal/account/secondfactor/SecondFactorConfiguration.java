package uk.earlyhelp.portal.account.secondfactor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecondFactorProperties.class)
class SecondFactorConfiguration {

    /** Static: a bean factory post-processor, made before every other bean (PublishedKeyRefused). */
    @Bean
    static PublishedKeyRefused publishedSecondFactorKeyRefused() {
        return new PublishedKeyRefused();
    }
}
