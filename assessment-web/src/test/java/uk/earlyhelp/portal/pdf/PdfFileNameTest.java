package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PdfFileNameTest {

    @Test
    void namesTheFormTheStatusTheDayAndTheStartOfTheIdButNoPerson() {
        assertThat(PdfFileName.of("early-help-assessment", "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", true, LocalDate.of(2026, 11, 26)))
                .isEqualTo("early-help-assessment-submitted-2026-11-26-1b9d6bcd.pdf");
        assertThat(PdfFileName.of("early-help-assessment", "A_b-1", false, LocalDate.of(2027, 1, 2)))
                .isEqualTo("early-help-assessment-draft-2027-01-02-ab1.pdf");
    }
}
