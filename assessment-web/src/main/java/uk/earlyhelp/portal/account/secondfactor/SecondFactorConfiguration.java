package uk.earlyhelp.portal.account.secondfactor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecondFactorProperties.class)
class SecondFactorConfiguration {
}
