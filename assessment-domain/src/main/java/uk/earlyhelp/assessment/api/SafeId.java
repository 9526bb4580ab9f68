package uk.earlyhelp.assessment.api;

import java.util.regex.Pattern;

/**
 * The one rule for the ids clients choose (assessments, rows, child records, links): 1 to 64 letters, digits, hyphens
 * or underscores, so they stay safe in URLs and logs. The domain refuses a command with any other id, and the portal
 * answers an address holding one "Page not found" without asking anything.
 */
public final class SafeId {

    /** How a refusal words it, field by field. */
    public static final String RULE = "An id must be 1 to 64 letters, digits, hyphens or underscores";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SafeId() {
    }

    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }
}
