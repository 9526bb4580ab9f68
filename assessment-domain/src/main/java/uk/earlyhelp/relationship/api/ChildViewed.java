package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/** Someone opened the child's record; when is the event's timestamp. */
@Revision("1")
public record ChildViewed(String childId, String viewerId, ViewerRole viewerRole) {
}
