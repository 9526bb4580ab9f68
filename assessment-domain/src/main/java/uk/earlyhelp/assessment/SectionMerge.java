package uk.earlyhelp.assessment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.earlyhelp.assessment.api.SectionConflict;
import uk.earlyhelp.assessment.form.Answers;

/**
 * A save based on an older version of its section, merged three ways, field by field (docs/decisions/0023): an answer
 * nobody else changed since takes the save's value; one another page changed while this page left it as it saw it
 * keeps the other page's; one both changed differently is a conflict and keeps what is stored.
 */
final class SectionMerge {

    record Merged(Map<String, List<String>> answers, Map<String, SectionConflict> conflicts) {
    }

    private SectionMerge() {
    }

    static Merged of(Map<String, List<String>> stored, Map<String, List<String>> incoming, SectionEdits edits,
                     Integer basedOn, String page) {
        if (basedOn == null || edits == null) {
            return new Merged(incoming, Map.of()); // a client that sends no base: replaces the section, as it always did
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        Map<String, SectionConflict> conflicts = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>(stored.keySet());
        fields.addAll(incoming.keySet());
        for (String field : fields) {
            List<String> mine = incoming.getOrDefault(field, List.of());
            List<String> theirs = stored.getOrDefault(field, List.of());
            if (mine.equals(theirs) || !edits.changedByOthers(field, basedOn, page)) {
                merged.put(field, mine);
            } else if (edits.seenBy(field, basedOn, page).filter(SectionEdits.digest(mine)::equals).isPresent()) {
                merged.put(field, theirs); // this page left it alone: the other page's change stands
            } else {
                merged.put(field, theirs);
                conflicts.put(field, new SectionConflict(mine, theirs));
            }
        }
        return new Merged(Answers.normalise(merged), conflicts);
    }
}
