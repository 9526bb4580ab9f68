package uk.earlyhelp.portal.mail;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's email. The SMTP server itself is Spring Boot's {@code spring.mail.*} (production), or the local
 * outbox (embedded default).
 *
 * @param from      the sender of every email
 * @param baseUrl   the portal's public address, which links in emails start with. Configured, never taken from a
 *                  request: a forged Host header must not be able to point a password reset link elsewhere
 * @param devOutbox the embedded default's in-process SMTP server and its page, /dev/outbox
 */
@ConfigurationProperties("portal.mail")
public record MailProperties(
        @DefaultValue("Early Help Portal <no-reply@early-help-portal.invalid>") String from,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue DevOutbox devOutbox) {

    /**
     * @param enabled whether to start it (never in the {@code postgres} profile)
     * @param port    its SMTP port on 127.0.0.1; 0 for any free port (tests)
     */
    public record DevOutbox(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int port) {
    }

    /** An absolute link to a path of the portal, e.g. {@code /sign-in}. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
