package uk.earlyhelp.query.myassessments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** One family member's name on My Assessments, kept with its lower-case form so searching ignores case. */
@Embeddable
class FamilyMemberName {

    @Column(name = "member_id")
    private String memberId;
    @Column(name = "name")
    private String name;
    // Lower-cased in Java, like the search term, so H2 and PostgreSQL compare the same strings.
    @Column(name = "search_name")
    private String searchName;

    protected FamilyMemberName() {
        // for JPA
    }

    FamilyMemberName(String memberId, String name) {
        this.memberId = memberId;
        this.name = name;
        this.searchName = name.toLowerCase(Locale.ROOT);
    }

    String memberId() {
        return memberId;
    }

    String name() {
        return name;
    }
}
