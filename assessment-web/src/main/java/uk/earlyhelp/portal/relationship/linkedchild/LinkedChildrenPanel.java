package uk.earlyhelp.portal.relationship.linkedchild;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ProfessionalRelationshipsView;

/**
 * The dashboard's Professional Relationships panel: the children a practitioner is linked to, with their basic
 * details. Listed from the linked-children projection, then kept only if the link is still active on the aggregate,
 * so a child whose link has just ended leaves the panel at once rather than when the projection catches up.
 */
@Component
public class LinkedChildrenPanel {

    /** One linked child, ready to show. */
    public record Line(String childId, String name, String dateOfBirth, String address, String phone, String email,
                       String involvedWorkers) {
    }

    private final RelationshipQueries queries;
    private final People people;

    LinkedChildrenPanel(RelationshipQueries queries, People people) {
        this.queries = queries;
        this.people = people;
    }

    public List<Line> of(PortalUser user) {
        if (!user.getAuthorities().contains(Role.PRACTITIONER.authority())) {
            return List.of();
        }
        String accountId = people.account(user).id();
        ProfessionalRelationshipsView active = queries.relationships(accountId);
        if (!active.holdsAnyActiveLink()) {
            return List.of();
        }
        return queries.linkedChildren(accountId).children().stream()
                .filter(child -> active.linkedTo(child.childId()))
                .map(child -> line(child.childId(), child.details())).toList();
    }

    private static Line line(String childId, ChildDetails d) {
        return new Line(childId, d.firstName() + " " + d.lastName(), DateOfBirth.shown(d.dateOfBirth()), d.address(),
                d.phone(), d.email(), d.involvedWorkers());
    }
}
