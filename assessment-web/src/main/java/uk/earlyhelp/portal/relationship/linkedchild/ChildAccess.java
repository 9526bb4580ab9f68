package uk.earlyhelp.portal.relationship.linkedchild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.relationship.ChildNotFound;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.RecordChildView;
import uk.earlyhelp.relationship.api.ViewerRole;

/**
 * Who may open a child's record: a practitioner with an active link to the child, or the coordinator of the child's
 * locality. Decided from the aggregates' own events, never from a projection, so a link ended a moment ago opens
 * nothing. Everyone else gets the same "not found" as an id that does not exist. An opening that is allowed is
 * recorded on the child's stream before the page is shown: no view without its audit entry.
 */
@Component
class ChildAccess {

    private static final Logger log = LoggerFactory.getLogger(ChildAccess.class);

    /** A child record opened, and in what capacity. */
    record Opened(ChildRecord child, ViewerRole as) {
    }

    private final RelationshipQueries queries;
    private final People people;
    private final ActingUserCommandGateway commands;

    ChildAccess(RelationshipQueries queries, People people, ActingUserCommandGateway commands) {
        this.queries = queries;
        this.people = people;
        this.commands = commands;
    }

    Opened open(String childId, PortalUser user) {
        ChildRecord child = queries.child(childId).orElseThrow(ChildNotFound::new);
        Account account = people.account(user);
        ViewerRole as = capacity(child, user, account);
        if (as == null) {
            // Ids only: names and email addresses are personal data, and logs are kept longer than they should hold it.
            log.warn("Refused access to child record {}: account {} is neither linked to it nor its locality's coordinator",
                    childId, account.id());
            throw new ChildNotFound();
        }
        commands.send(new RecordChildView(childId, account.id(), as), user.id());
        return new Opened(child, as);
    }

    private ViewerRole capacity(ChildRecord child, PortalUser user, Account account) {
        if (account.role() == Role.COORDINATOR && child.locality().equals(user.getLocality())) {
            return ViewerRole.COORDINATOR;
        }
        if (account.role() == Role.PRACTITIONER && queries.relationships(account.id()).linkedTo(child.childId())) {
            return ViewerRole.LINKED_PRACTITIONER;
        }
        return null;
    }
}
