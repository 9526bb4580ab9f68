package uk.earlyhelp.relationship.api;

import java.util.List;

/** A practitioner's active links, as access decisions need them: a link ended a moment ago is already gone. */
public record ProfessionalRelationshipsView(String practitionerId, List<ActiveLink> activeLinks) {

    public record ActiveLink(String linkId, String childId) {
    }

    public ProfessionalRelationshipsView {
        activeLinks = List.copyOf(activeLinks);
    }

    /** "Does this account hold any active link?": what the inactivity expiry of accounts asks. */
    public boolean holdsAnyActiveLink() {
        return !activeLinks.isEmpty();
    }

    public boolean linkedTo(String childId) {
        return activeLinks.stream().anyMatch(link -> link.childId().equals(childId));
    }
}
