package uk.earlyhelp.portal.relationship.children;

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
 * A child record as its locality's coordinator may change it: read from the child's own events (never a projection
 * that may lag), and "not found" to everyone else (another locality's coordinator, practitioners, even linked ones,
 * auditors, administrators), exactly as an id that does not exist. The change pages live outside /coordinator/** so
 * that those others get that 404 rather than a 403 that would say the child exists.
 */
@Component
class LocalityChild {

    private static final Logger log = LoggerFactory.getLogger(LocalityChild.class);

    private final RelationshipQueries queries;
    private final People people;
    private final ActingUserCommandGateway commands;

    LocalityChild(RelationshipQueries queries, People people, ActingUserCommandGateway commands) {
        this.queries = queries;
        this.people = people;
        this.commands = commands;
    }

    ChildRecord toChange(String childId, PortalUser user) {
        ChildRecord child = queries.child(childId).orElseThrow(ChildNotFound::new);
        Account account = people.account(user);
        if (account.role() != Role.COORDINATOR || !child.locality().equals(user.getLocality())) {
            // Ids only: names and email addresses are personal data, and logs are kept longer than they should hold it.
            log.warn("Refused a change to child record {}: account {} is not its locality's coordinator", childId,
                    account.id());
            throw new ChildNotFound();
        }
        return child;
    }

    /** The change form shows the child's details: an opening of the record like any other, so it is audited. */
    ChildRecord openToChange(String childId, PortalUser user) {
        ChildRecord child = toChange(childId, user);
        commands.send(new RecordChildView(childId, people.account(user).id(), ViewerRole.COORDINATOR), user.id());
        return child;
    }
}
