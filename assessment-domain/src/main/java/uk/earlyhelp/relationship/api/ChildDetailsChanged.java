package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/**
 * What the portal holds about a child was replaced: {@code details} are the whole new details (the Mosaic person
 * reference as recorded), {@code source} says whether a coordinator typed them or a CSV row brought them, and
 * {@code changedBy} is that coordinator's account id. When is the event's timestamp.
 */
@Revision("1")
public record ChildDetailsChanged(String childId, ChildDetails details, ChildSource source, String changedBy) {
}
