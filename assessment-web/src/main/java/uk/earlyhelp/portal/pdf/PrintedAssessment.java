package uk.earlyhelp.portal.pdf;

import java.util.List;

/**
 * An assessment as it is printed: what "check your answers" shows, plus its status.
 *
 * @param draft           not yet submitted: every page says so
 * @param submittedOn     the day it was submitted (dd/mm/yyyy, the council's time zone), null for a draft
 * @param submittedTime   and the time (HH:mm)
 * @param mosaicReference Mosaic's reference once it has been received there, else null
 * @param forMosaic       the copy delivered into Mosaic: it says nothing of its own delivery (the reference is
 *                        Mosaic's to give); otherwise it is the practitioner's copy
 * @param printedOn       the day it was printed (dd/mm/yyyy): a draft may change after
 * @param asAt            for an auditor's copy of a past moment, "As at …, after event n of N", printed on every page;
 *                        null for the assessment as it stands
 */
public record PrintedAssessment(String assessmentId, String formTitle, boolean draft, String submittedOn, String submittedTime,
                                String mosaicReference, boolean forMosaic, String printedOn, List<PrintedSection> sections,
                                String asAt) {

    PrintedAssessment(String assessmentId, String formTitle, boolean draft, String submittedOn, String submittedTime,
                      String mosaicReference, boolean forMosaic, String printedOn, List<PrintedSection> sections) {
        this(assessmentId, formTitle, draft, submittedOn, submittedTime, mosaicReference, forMosaic, printedOn, sections,
                null);
    }

    PrintedAssessment asAt(String moment) {
        return new PrintedAssessment(assessmentId, formTitle, draft, submittedOn, submittedTime, mosaicReference,
                forMosaic, printedOn, sections, moment);
    }
}
