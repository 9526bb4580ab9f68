package uk.earlyhelp.relationship.api;

/** A coordinator's list: the child records of one locality, by last name. */
public record FindChildRecords(String locality) {
}
