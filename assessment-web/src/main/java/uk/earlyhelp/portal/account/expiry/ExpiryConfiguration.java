package uk.earlyhelp.portal.account.expiry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sweep's settings, and its schedule unless switched off (the tests run the sweep themselves). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkedExpiryProperties.class)
class ExpiryConfiguration {

    @Bean
    @ConditionalOnProperty(name = "portal.accounts.linked-expiry.scheduled", havingValue = "true",
            matchIfMissing = true)
    ExpirySchedule linkedLoginExpirySchedule(LinkedAccountExpiry expiry, LinkedExpiryProperties properties) {
        return new ExpirySchedule(expiry, properties);
    }
}
