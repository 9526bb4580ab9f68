package uk.earlyhelp.relationship.api;

import java.time.Instant;

/** One line of a locality's child records. */
public record ChildRecordSummary(String childId, String firstName, String lastName, String dateOfBirth,
                                 String mosaicPersonReference, ChildSource source, Instant recordedAt) {
}
