package uk.earlyhelp.query.auditsearch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A family member an assessment named, kept after removal, with the lower-case name the search compares. */
@Embeddable
class AuditedMember {

    @Column(name = "member_id")
    private String memberId;
    @Column(name = "name")
    private String name;
    @Column(name = "search_name")
    private String searchName;
    @Column(name = "removed")
    private boolean removed;

    protected AuditedMember() {
        // for JPA
    }

    AuditedMember(String memberId, String name, boolean removed) {
        this.memberId = memberId;
        this.name = name;
        this.searchName = name.toLowerCase(Locale.ROOT);
        this.removed = removed;
    }

    String memberId() {
        return memberId;
    }

    String name() {
        return name;
    }

    boolean removed() {
        return removed;
    }

    AuditedMember asRemoved() {
        return new AuditedMember(memberId, name, true);
    }
}
