package uk.earlyhelp.assessment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one section's answers came to be: its version (one more for every {@code SectionSaved}) and, per field, its
 * latest changes. That is what a three-way merge needs (docs/decisions/0023): whether another page changed an answer
 * since a save's base, and what the answer was at that base. Built only by event sourcing, so replay rebuilds it.
 */
// Part of the aggregate's snapshot: Jackson must see the fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class SectionEdits {

    /** Changes kept per field; a base older than all of them is treated as unknown (a conflict, never a loss). */
    static final int CHANGES_KEPT = 50;

    private int version;
    private Map<String, List<FieldChange>> changes = new LinkedHashMap<>();

    int version() {
        return version;
    }

    void saved(Map<String, List<String>> before, Map<String, List<String>> after, String page) {
        version++;
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            List<String> now = after.getOrDefault(field, List.of());
            if (!now.equals(before.getOrDefault(field, List.of()))) {
                List<FieldChange> kept = changes.computeIfAbsent(field, f -> new ArrayList<>());
                kept.add(new FieldChange(version, digest(now), page));
                if (kept.size() > CHANGES_KEPT) kept.remove(0);
            }
        }
    }

    /** Whether a page other than {@code page} changed the field after what that page last saw of it. */
    boolean changedByOthers(String field, int basedOn, String page) {
        List<FieldChange> kept = changes.getOrDefault(field, List.of());
        return anchor(kept, basedOn, page) < kept.size() - 1;
    }

    /** A digest of the field as {@code page} last saw it; empty when that change is no longer kept. */
    Optional<String> seenBy(String field, int basedOn, String page) {
        List<FieldChange> kept = changes.getOrDefault(field, List.of());
        int at = anchor(kept, basedOn, page);
        if (at >= 0) return Optional.of(kept.get(at).digest());
        return kept.size() < CHANGES_KEPT ? Optional.of(digest(List.of())) : Optional.empty();
    }

    /** The last change the page knew of: at or before its base version, or saved by the page itself. */
    private static int anchor(List<FieldChange> kept, int basedOn, String page) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            FieldChange change = kept.get(i);
            if (change.version() <= basedOn || page != null && page.equals(change.page())) return i;
        }
        return -1;
    }

    // Compared by value: Axon's fixture checks that replay rebuilds exactly the state the command handler saw.
    @Override
    public boolean equals(Object other) {
        return other instanceof SectionEdits that && version == that.version && changes.equals(that.changes);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(version, changes);
    }

    static String digest(List<String> answer) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String value : answer) {
                sha256.update(value.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0); // a separator no answer holds, so ["ab"] and ["a", "b"] differ
            }
            return Base64.getEncoder().withoutPadding().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
