package uk.earlyhelp.portal.account.registration;

import java.util.regex.Pattern;

/**
 * A first or last name as people have them, in any script: letters and their accents, with spaces, hyphens,
 * apostrophes and full stops between them (Zoë, Siân O'Brien-Nguyễn, J. R., 李). Emails greet people by it, and
 * anyone can type any address into "Create your account": a name must not be able to carry a sentence, a web address
 * or an email address into a genuine portal email. So no digits, slashes, colons or @, and no "word.word".
 */
final class PlausibleName {

    private static final Pattern NAME = Pattern.compile("\\p{L}\\p{M}*(?:[\\p{L}\\p{M} '’.\\-]*[\\p{L}\\p{M}.])?");
    private static final Pattern LOOKS_LIKE_A_DOMAIN = Pattern.compile("\\p{L}\\.\\p{L}{2,}");
    private static final int MAX_WORDS = 6;

    private PlausibleName() {
    }

    static boolean isPlausible(String name) {
        return NAME.matcher(name).matches() && !LOOKS_LIKE_A_DOMAIN.matcher(name).find() && !name.contains("..")
                && name.split("\\s+").length <= MAX_WORDS;
    }
}
