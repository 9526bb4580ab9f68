package uk.earlyhelp.relationship.api;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindLinkedChildren}: each linked child's basic details, by last name. */
public record LinkedChildren(List<LinkedChild> children) {

    public record LinkedChild(String childId, String linkId, ChildDetails details, Instant linkedSince) {
    }

    public LinkedChildren {
        children = List.copyOf(children);
    }
}
