package uk.earlyhelp.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's mail: a real SMTP server (GreenMail) inside the portal, listening on 127.0.0.1 only,
 * which keeps every message it receives in memory for the /dev/outbox page. The portal sends to it over SMTP
 * exactly as it sends to the council's server in production. Never in the {@code postgres} profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
@ConditionalOnProperty(name = "portal.mail.dev-outbox.enabled", havingValue = "true")
class DevOutbox {

    static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail devOutboxServer(MailProperties properties) {
        GreenMail server = new GreenMail(new ServerSetup(properties.devOutbox().port(), LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /**
     * Spring Boot's own sender would need spring.mail.host and a fixed port; this one follows the server. Declared as
     * the implementation so that Boot's mail health ("mail" in /actuator/health) finds it, as it finds its own.
     */
    @Bean
    JavaMailSenderImpl devOutboxSender(GreenMail server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(LOOPBACK);
        sender.setPort(server.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
