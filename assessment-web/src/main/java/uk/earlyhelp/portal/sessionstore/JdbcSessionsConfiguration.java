package uk.earlyhelp.portal.sessionstore;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import uk.earlyhelp.portal.session.SessionProperties;

/**
 * Sessions in the database ({@code portal.session.store=jdbc}): Spring Session's JDBC repository on the tables Flyway
 * made (SPRING_SESSION, SPRING_SESSION_ATTRIBUTES), with the portal's own time-out (the container's session listener
 * never sees these sessions), the same cookie name as the container's, and the registry of signed-in sessions read
 * from the database, so that ending an account's sessions ends them on every node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.session.store", havingValue = "jdbc")
@Import(JdbcHttpSessionConfiguration.class)
class JdbcSessionsConfiguration {

    /** The container's name for it: the cookies page names it, and nothing else about the cookie changes. */
    private static final String COOKIE_NAME = "JSESSIONID";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> portalSessionTimeout(SessionProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(properties.timeout());
    }

    @Bean
    DefaultCookieSerializerCustomizer containerCookieName() {
        return serializer -> serializer.setCookieName(COOKIE_NAME);
    }

    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
