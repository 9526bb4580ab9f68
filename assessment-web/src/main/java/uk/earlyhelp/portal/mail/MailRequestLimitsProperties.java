package uk.earlyhelp.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many emails a signed-out visitor can make the portal send (account requests, password resets) within
 * {@code window}: to any one address, and from any one client (its address as the proxy reports it). A council's
 * users share their proxy's address, so the per-client limit is set for a busy office, not one person.
 */
@ConfigurationProperties("portal.mail.request-limits")
public record MailRequestLimitsProperties(@DefaultValue("3") int perAddress, @DefaultValue("30") int perClient,
                                          @DefaultValue("1h") Duration window) {
}
