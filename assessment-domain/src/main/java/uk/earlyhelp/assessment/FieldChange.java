package uk.earlyhelp.assessment;

/**
 * One change of one answer: the section version it made, a digest of the answer it left (enough to tell whether a
 * later save still holds it, without keeping every text ever typed), and the page that saved it (null if unknown).
 */
record FieldChange(int version, String digest, String page) {
}
