package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/** A practitioner asked to be linked to the child they describe; the locality's coordinator decides. */
@Revision("1")
public record LinkRequested(String practitionerId, String linkId, String locality, ChildDescription child,
                            String reason) {
}
