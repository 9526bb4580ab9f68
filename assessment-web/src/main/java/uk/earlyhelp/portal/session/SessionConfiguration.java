package uk.earlyhelp.portal.session;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session timeout, applied to every session, and the replay of kept saves behind Spring Security. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SessionConfiguration {

    @Bean
    HttpSessionListener timeoutOnEverySession(SessionProperties properties) {
        int seconds = Math.toIntExact(properties.timeout().toSeconds());
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent created) {
                created.getSession().setMaxInactiveInterval(seconds);
            }
        };
    }

    /** After Spring Security's filters, so the replayed save meets a signed-in user and the controllers' own checks. */
    @Bean
    FilterRegistrationBean<ReplayKeptSave> replayKeptSave() {
        FilterRegistrationBean<ReplayKeptSave> registration = new FilterRegistrationBean<>(new ReplayKeptSave());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
