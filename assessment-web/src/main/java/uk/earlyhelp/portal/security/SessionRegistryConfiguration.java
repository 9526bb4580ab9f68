package uk.earlyhelp.portal.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The registry of signed-in sessions behind {@link SignedInSessions}. The event publisher tells it when Tomcat ends a
 * session (time-out, sign-out) or changes its id, so it never holds sessions that are gone. With sessions in the
 * database (portal.session.store=jdbc) the registry is Spring Session's instead (uk.earlyhelp.portal.sessionstore).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.session.store", havingValue = "memory", matchIfMissing = true)
class SessionRegistryConfiguration {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher sessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
