package uk.earlyhelp.portal.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key base64 of at least 32 random bytes, the same on every instance of the portal (so a page served by one is
 *            recognised by another); unset, each start makes its own, and what a browser holds from before a restart
 *            is simply not recognised (a new row id, a kept save not replayed)
 */
@ConfigurationProperties("portal.signing")
public record SigningProperties(String key) {
}
