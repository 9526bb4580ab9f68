package uk.earlyhelp.relationship.api;

/** Asks which children a practitioner is linked to now (strongly consistent: read from the practitioner's events). */
public record FetchProfessionalRelationships(String practitionerId) {
}
