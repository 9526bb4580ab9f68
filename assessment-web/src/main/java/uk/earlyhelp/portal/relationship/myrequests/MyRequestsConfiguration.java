package uk.earlyhelp.portal.relationship.myrequests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link MyRequestsProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MyRequestsProperties.class)
class MyRequestsConfiguration {
}
