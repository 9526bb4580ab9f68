package uk.earlyhelp.portal.wizard.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.signing.ServerSignatures;

/**
 * Ids for new table rows, made by the portal and never by the browser: short (they appear in URLs and events) and
 * random, chosen when the "add" page is shown so that posting it twice adds the row once. Each id ends in a signature
 * of its random part, its assessment and its table, so "add" accepts only an id it issued for that table: a posted
 * id of an existing row (or any other) gets a new id instead, and can never overwrite that row.
 */
@Component
class RowIds {

    private static final String PURPOSE = "table-row-id";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32 letters: 5 bits each
    private static final int RANDOM_PART = 10;
    private static final int SIGNATURE_PART = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerSignatures signatures;

    RowIds(ServerSignatures signatures) {
        this.signatures = signatures;
    }

    String next(String assessmentId, String tableId) {
        StringBuilder random = new StringBuilder(RANDOM_PART);
        for (int i = 0; i < RANDOM_PART; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return random + signature(assessmentId, tableId, random.toString());
    }

    /** The posted id if this portal issued it for this table of this assessment; otherwise a new one. */
    String issuedOrNext(String assessmentId, String tableId, String posted) {
        boolean issued = posted != null && posted.length() == RANDOM_PART + SIGNATURE_PART
                && MessageDigest.isEqual(posted.substring(RANDOM_PART).getBytes(StandardCharsets.US_ASCII),
                signature(assessmentId, tableId, posted.substring(0, RANDOM_PART)).getBytes(StandardCharsets.US_ASCII));
        return issued ? posted : next(assessmentId, tableId);
    }

    private String signature(String assessmentId, String tableId, String random) {
        byte[] mac = signatures.sign(PURPOSE, assessmentId, tableId, random);
        StringBuilder text = new StringBuilder(SIGNATURE_PART);
        for (int i = 0; i < SIGNATURE_PART; i++) {
            text.append(ALPHABET.charAt(mac[i] & 0x1F)); // 5 of each byte's bits: 50 bits in all
        }
        return text.toString();
    }
}
