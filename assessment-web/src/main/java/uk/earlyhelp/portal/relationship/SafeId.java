package uk.earlyhelp.portal.relationship;

import java.util.regex.Pattern;

/** The ids the domain accepts; anything else in a URL cannot be a child or a link, and is not worth a query. */
final class SafeId {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SafeId() {
    }

    static boolean isSafe(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
