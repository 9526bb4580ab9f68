package uk.earlyhelp.portal.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every assessment's key. Configured in production; the embedded demo generates one into a file
 * beside (not inside) its database on first start, so that the demo runs with no setup.
 */
final class MasterKey {

    private MasterKey() {
    }

    static SecretKey from(PersonalDataProperties properties) {
        String configured = properties.masterKey();
        if (configured.isBlank() && !properties.generateMasterKey()) {
            throw new IllegalStateException("portal.personal-data.master-key is not set: this profile refuses to make one"
                    + " up, as every assessment's personal data is sealed under it. Set EHP_PERSONAL_DATA_MASTER_KEY to 32"
                    + " random bytes in base64 (e.g. openssl rand -base64 32) and back it up apart from the database");
        }
        if (configured.isBlank()) {
            configured = fromFile(properties.masterKeyFile());
        }
        byte[] bytes = Base64.getDecoder().decode(configured.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("portal.personal-data.master-key must be 32 bytes in base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the personal-data master key " + file, e);
        }
    }
}
