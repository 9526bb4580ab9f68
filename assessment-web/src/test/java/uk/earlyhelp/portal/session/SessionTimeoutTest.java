package uk.earlyhelp.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import uk.earlyhelp.portal.PortalWebTest;

/** Every session lasts the configured time without activity: 30 minutes by default, warned of 2 minutes ahead. */
class SessionTimeoutTest extends PortalWebTest {

    @Autowired
    SessionProperties properties;
    @Autowired
    Map<String, HttpSessionListener> sessionListeners;
    @Autowired
    WebApplicationContext application;

    @Test
    void byDefaultASessionEndsAfterThirtyMinutesWithoutActivityWithAWarningTwoMinutesBefore() {
        // As the servlet container has it: Spring Security's session event publisher (one of the listeners) looks
        // the application up through the servlet context.
        MockServletContext servletContext = new MockServletContext();
        servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, application);
        MockHttpSession session = new MockHttpSession(servletContext);
        sessionListeners.values().forEach(listener -> listener.sessionCreated(new HttpSessionEvent(session)));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        assertThat(properties.warningBefore()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aBareNumberIsSecondsAsForTheServletContainersOwnSetting() {
        assertThat(bind(Map.of("portal.session.timeout", "1800")).timeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theWarningMustComeBeforeTheEnd() {
        assertThatThrownBy(() -> bind(Map.of("portal.session.timeout", "2m", "portal.session.warning-before", "2m")))
                .hasRootCauseMessage("portal.session.warning-before must be shorter than portal.session.timeout, and both positive");
    }

    private static SessionProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("portal.session", SessionProperties.class);
    }
}
