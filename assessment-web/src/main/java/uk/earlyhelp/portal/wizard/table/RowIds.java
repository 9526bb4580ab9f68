package uk.earlyhelp.portal.wizard.table;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Ids for new table rows: short (they appear in URLs and events) and random, chosen when the "add"
 * page is shown, so that posting it twice adds the row once.
 */
final class RowIds {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RowIds() {
    }

    static String next() {
        StringBuilder id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** A posted id the domain would accept; anything else is replaced rather than echoed back. */
    static String orNext(String posted) {
        return posted != null && SAFE.matcher(posted).matches() ? posted : next();
    }
}
