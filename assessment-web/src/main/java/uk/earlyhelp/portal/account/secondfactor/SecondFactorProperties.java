package uk.earlyhelp.portal.account.secondfactor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the second factor is kept and who must use one.
 *
 * @param encryptionKey  the key the TOTP secrets are encrypted with (AES-256-GCM, derived by PBKDF2); production sets
 *                       its own, outside the repository, as for the database password
 * @param encryptionSalt hex, at least 8 bytes; fixed for an installation (a new one makes every secret unreadable)
 * @param issuer         the name an authenticator app shows beside the code
 * @param practitioners  the council's rule for practitioners; staff (coordinator, auditor, administrator) always need
 *                       a TOTP code
 * @param demoSecret     the embedded default's demo staff accounts' TOTP secret (base32, README); none elsewhere
 * @param emailCodeValidity how long an emailed one-time code works ({@link PractitionerRule#TOTP_OR_EMAIL});
 *                       10 minutes if unset
 */
@ConfigurationProperties("portal.second-factor")
public record SecondFactorProperties(String encryptionKey, String encryptionSalt, String issuer,
                                     PractitionerRule practitioners, String demoSecret,
                                     Duration emailCodeValidity) {

    /** A council's choice for practitioners. */
    public enum PractitionerRule {
        /** Password only. */
        NOT_REQUIRED,
        /** A TOTP code, as staff. */
        TOTP,
        /** A TOTP code, or a one-time code emailed at sign-in for those who have not enrolled an app. */
        TOTP_OR_EMAIL
    }

    public SecondFactorProperties {
        if (encryptionKey == null || encryptionKey.length() < 16) {
            throw new IllegalArgumentException("portal.second-factor.encryption-key: at least 16 characters");
        }
        if (encryptionSalt == null || !encryptionSalt.matches("([0-9a-fA-F]{2}){8,}")) {
            throw new IllegalArgumentException("portal.second-factor.encryption-salt: hex, at least 8 bytes");
        }
        issuer = issuer == null || issuer.isBlank() ? "Early Help Portal" : issuer;
        practitioners = practitioners == null ? PractitionerRule.NOT_REQUIRED : practitioners;
        emailCodeValidity = emailCodeValidity == null ? Duration.ofMinutes(10) : emailCodeValidity;
    }
}
