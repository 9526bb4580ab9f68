package uk.earlyhelp.portal.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 over a purpose and the parts a value is bound to (an assessment, a table, a user), so that a value
 * made for one purpose or owner is never accepted for another. The JDK's Mac; the key never leaves the portal.
 */
@Component
@EnableConfigurationProperties(SigningProperties.class)
public class ServerSignatures {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char SEPARATOR = '\u001F'; // a control character no typed part can hold (TypedText drops it)

    private final SecretKeySpec key;

    ServerSignatures(SigningProperties properties) {
        byte[] bytes;
        if (properties.key() == null || properties.key().isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(properties.key().strip());
            if (bytes.length < 32) throw new IllegalArgumentException("portal.signing.key must hold at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The signature of {@code parts} for {@code purpose}. */
    public byte[] sign(String purpose, String... parts) {
        StringBuilder message = new StringBuilder(purpose);
        for (String part : parts) message.append(SEPARATOR).append(part);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    /** Whether {@code signature} was made by {@link #sign} for these parts, compared in constant time. */
    public boolean verify(byte[] signature, String purpose, String... parts) {
        return signature != null && MessageDigest.isEqual(signature, sign(purpose, parts));
    }
}
