package uk.earlyhelp.relationship;

import java.util.Locale;
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.LinkStatus;

/**
 * One request of a practitioner's, as it stands: pending, then active, declined or withdrawn; an active one may end. A value
 * (replaced, never changed), so live and rebuilt aggregates compare equal.
 *
 * @param childId the child record it was granted for; null until then
 */
record Link(String locality, ChildDescription child, LinkStatus status, String childId) {

    static Link requested(String locality, ChildDescription child) {
        return new Link(locality, child, LinkStatus.PENDING, null);
    }

    boolean isOpen() {
        return status == LinkStatus.PENDING || status == LinkStatus.ACTIVE;
    }

    /** The same child described again: names compared without regard to case or spacing, and the same birthday. */
    boolean describes(ChildDescription other) {
        return key(child).equals(key(other));
    }

    Link granted(String grantedChildId) {
        return new Link(locality, child, LinkStatus.ACTIVE, grantedChildId);
    }

    Link declined() {
        return new Link(locality, child, LinkStatus.DECLINED, childId);
    }

    Link withdrawn() {
        return new Link(locality, child, LinkStatus.WITHDRAWN, childId);
    }

    Link ended() {
        return new Link(locality, child, LinkStatus.ENDED, childId);
    }

    private static String key(ChildDescription child) {
        return (child.firstName() + "|" + child.lastName()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                + "|" + child.dateOfBirth();
    }
}
