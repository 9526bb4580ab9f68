package uk.earlyhelp.portal.account.secondfactor;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * New TOTP secrets (160 bits, base32, as authenticator apps expect), and their encryption at rest with Spring
 * Security's AES-256-GCM encryptor (a random nonce each time, authenticated): the database holds no secret in clear.
 */
@Component
class TotpSecrets {

    private final DefaultSecretGenerator generator = new DefaultSecretGenerator(32);
    private final BytesEncryptor encryptor;

    TotpSecrets(SecondFactorProperties properties) {
        this.encryptor = Encryptors.stronger(properties.encryptionKey(), properties.encryptionSalt());
    }

    String newSecret() {
        return generator.generate();
    }

    byte[] encrypt(String secret) {
        return encryptor.encrypt(secret.getBytes(StandardCharsets.US_ASCII));
    }

    String decrypt(byte[] encrypted) {
        return new String(encryptor.decrypt(encrypted), StandardCharsets.US_ASCII);
    }
}
