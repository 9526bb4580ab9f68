package uk.earlyhelp.portal.pdf;

/** A printed assessment: the PDF and the name to save it under. */
public record PdfFile(String fileName, byte[] content) {
}
