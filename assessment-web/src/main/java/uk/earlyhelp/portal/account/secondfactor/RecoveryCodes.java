package uk.earlyhelp.portal.account.secondfactor;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ten recovery codes, each 16 random characters from the library's generator (about 80 bits), shown once at
 * enrolment and stored as SHA-256 hashes only. Typed with or without its dashes, in either case.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    static String hash(String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
