package uk.earlyhelp.relationship.api;

/** The dashboard's Professional Relationships panel: the children a practitioner is linked to, with basic details. */
public record FindLinkedChildren(String practitionerId) {
}
