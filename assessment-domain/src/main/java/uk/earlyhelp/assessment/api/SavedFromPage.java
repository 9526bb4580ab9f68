package uk.earlyhelp.assessment.api;

/**
 * Which page (browser tab) saved a section: a random id kept in the metadata of its {@link SectionSaved}, so that the
 * aggregate, rebuilt from its events, can tell a page's own earlier saves from another page's (docs/decisions/0023).
 * Metadata and not the event's payload: it is provenance, like the acting user, not an answer; integrators and the
 * stored contract of {@code SectionSaved} are unchanged, and events stored before it simply have none.
 */
public final class SavedFromPage {

    public static final String METADATA_KEY = "savedFromPage";

    private SavedFromPage() {
    }
}
