package uk.earlyhelp.assessment.api;

import java.util.List;

/**
 * One answer changed both by the page saving ({@code mine}) and, since that page's base version, by another page
 * ({@code theirs}, what is stored now). Neither is applied over the other: the practitioner chooses.
 */
public record SectionConflict(List<String> mine, List<String> theirs) {

    public SectionConflict {
        mine = List.copyOf(mine);
        theirs = List.copyOf(theirs);
    }
}
