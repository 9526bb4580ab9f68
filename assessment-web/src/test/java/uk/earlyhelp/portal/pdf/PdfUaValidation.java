package uk.earlyhelp.portal.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, against PDF/UA-1 (ISO 14289-1): every rule, every failed check reported. */
final class PdfUaValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaValidation() {
    }

    /** Every failed check, as "rule clause-test: description (where)"; empty when the document conforms. */
    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> "rule %s-%d: %s (%s)".formatted(assertion.getRuleId().getClause(),
                            assertion.getRuleId().getTestNumber(), assertion.getMessage(), assertion.getLocationContext()))
                    .toList();
            if (result.getTotalAssertions() == 0 || result.getPDFAFlavour() != PDFAFlavour.PDFUA_1) {
                return List.of("nothing was checked against PDF/UA-1: " + result.getJobEndStatus());
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                return List.of("not compliant, without a failed check: " + result.getJobEndStatus());
            }
            return failures;
        }
    }
}
