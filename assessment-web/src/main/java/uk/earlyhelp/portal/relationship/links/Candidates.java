package uk.earlyhelp.portal.relationship.links;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.relationship.api.FindChildRecordCandidates;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/**
 * The child records a coordinator may match a link request to, as radios. A locality may hold thousands, so no more
 * than {@link #SHOWN} are offered at once: those born on the day the practitioner gave come first (most likely the
 * child they mean), then by name; the search narrows the list by part of a name or by date of birth.
 */
@Component
class Candidates {

    /** More radios than this are scrolled past rather than read: the coordinator is asked to search instead. */
    static final int SHOWN = 50;

    /** A child record the request may be for. */
    record Candidate(String childId, String label) {
    }

    /** The records offered, and whether others matched too. */
    record Found(List<Candidate> candidates, boolean more) {
    }

    private final RelationshipQueries queries;

    Candidates(RelationshipQueries queries) {
        this.queries = queries;
    }

    /**
     * @param chosen a record picked before a refused grant: offered (and shown checked) even if the list leaves it out
     */
    Found find(String locality, LinkRequestSummary request, ChildSearch search, String chosen) {
        ChildSearch applied = search.isValid() ? search : ChildSearch.of("");
        var rows = queries.candidates(new FindChildRecordCandidates(locality, applied.namePart(),
                applied.dateOfBirth(), request.child().dateOfBirth(), SHOWN + 1)).children();
        List<Candidate> shown = new ArrayList<>(rows.stream().limit(SHOWN).map(child -> new Candidate(child.childId(),
                label(child.firstName(), child.lastName(), child.dateOfBirth(), child.mosaicPersonReference()))).toList());
        if (!chosen.isEmpty() && shown.stream().noneMatch(candidate -> candidate.childId().equals(chosen))) {
            queries.child(chosen).filter(record -> record.locality().equals(locality)).ifPresent(record -> shown.add(0,
                    new Candidate(record.childId(), label(record.details().firstName(), record.details().lastName(),
                            record.details().dateOfBirth(), record.details().mosaicPersonReference()))));
        }
        return new Found(shown, rows.size() > SHOWN);
    }

    private static String label(String firstName, String lastName, String dateOfBirth, String mosaicReference) {
        return firstName + " " + lastName + ", " + DateOfBirth.shown(dateOfBirth)
                + (mosaicReference.isEmpty() ? "" : ", " + mosaicReference);
    }
}
