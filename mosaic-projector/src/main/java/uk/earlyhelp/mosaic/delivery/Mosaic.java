package uk.earlyhelp.mosaic.delivery;

/**
 * Mosaic as the delivery needs it: hand over a finished assessment, get back Mosaic's reference. Implemented by the
 * client (the anti-corruption layer), so that what is sent is decided here and how it is said is decided there.
 */
public interface Mosaic {

    /**
     * Delivers the assessment, keyed by its id: delivering the same assessment again returns the same reference and
     * creates nothing in Mosaic.
     *
     * @return Mosaic's reference for it (the workflow step id)
     * @throws MosaicUnavailable when it is worth trying again later (Mosaic down, slow, overloaded)
     * @throws MosaicRefused     when Mosaic will refuse it however often it is sent
     */
    String deliver(FinishedAssessment assessment);
}
