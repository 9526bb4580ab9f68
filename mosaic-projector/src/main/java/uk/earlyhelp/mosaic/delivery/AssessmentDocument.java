package uk.earlyhelp.mosaic.delivery;

/**
 * The assessment as a document for the case record: the PDF the practitioner downloads from the portal.
 *
 * @param fileName  the name the portal gives it, e.g. {@code early-help-assessment-submitted-2026-01-05-a3f6c2d1.pdf}
 * @param mediaType {@code application/pdf}
 */
public record AssessmentDocument(String fileName, String mediaType, byte[] content) {
}
