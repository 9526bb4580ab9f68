package uk.earlyhelp.relationship.api;

import java.util.List;

/**
 * A practitioner's active links and the requests still waiting for their coordinator, as access decisions and the
 * expiry of accounts need them: a link ended or a request withdrawn a moment ago is already gone.
 *
 * @param pendingLinkIds the requests not yet granted, declined or withdrawn
 */
public record ProfessionalRelationshipsView(String practitionerId, List<ActiveLink> activeLinks,
                                            List<String> pendingLinkIds) {

    public record ActiveLink(String linkId, String childId) {
    }

    public ProfessionalRelationshipsView {
        activeLinks = List.copyOf(activeLinks);
        pendingLinkIds = List.copyOf(pendingLinkIds);
    }

    /** "Does this account hold any active link?": what the inactivity expiry of accounts asks. */
    public boolean holdsAnyActiveLink() {
        return !activeLinks.isEmpty();
    }

    /** "Is anything of theirs still open?": an expired account's links and requests must all be closed. */
    public boolean holdsAnythingOpen() {
        return holdsAnyActiveLink() || !pendingLinkIds.isEmpty();
    }

    public boolean linkedTo(String childId) {
        return activeLinks.stream().anyMatch(link -> link.childId().equals(childId));
    }
}
