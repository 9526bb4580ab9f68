package uk.earlyhelp.portal.relationship.links;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.relationship.ChildNotFound;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.*;

/**
 * A coordinator's decisions on links, for their own locality only: another locality's request or link is, to them,
 * not there at all (404, nothing changes, no email). The aggregate checks the locality again; this only keeps the
 * answer the same "not found" whatever the reason.
 */
@Component
class LinkDecisions {

    private final RelationshipQueries queries;
    private final ActingUserCommandGateway commands;
    private final People people;
    private final RelationshipMail mail;

    LinkDecisions(RelationshipQueries queries, ActingUserCommandGateway commands, People people, RelationshipMail mail) {
        this.queries = queries;
        this.commands = commands;
        this.people = people;
        this.mail = mail;
    }

    LinkRequestSummary pending(PortalUser coordinator, String linkId) {
        return inLocality(coordinator, linkId, LinkStatus.PENDING);
    }

    /** The problems, if refused; empty when granted (and the practitioner emailed). */
    List<FieldError> grant(PortalUser coordinator, String linkId, String childId, boolean keyWorker) {
        LinkRequestSummary request = pending(coordinator, linkId);
        Optional<ChildRecord> child = queries.child(childId)
                .filter(record -> record.locality().equals(coordinator.getLocality()));
        if (child.isEmpty()) {
            return List.of(new FieldError("childId", "Choose the child record this request is for"));
        }
        // The expiry sweep withdraws an expired login's requests just after expiring it; until it has, its request
        // may still be in the queue, and must not link a login that cannot be used.
        if (people.byId(request.practitionerId()).filter(p -> p.status() == AccountStatus.APPROVED).isEmpty()) {
            return List.of(new FieldError("childId", "This practitioner's login has expired, so they cannot be "
                    + "linked. Their requests close with it; they can ask again once you have reactivated it."));
        }
        try {
            commands.send(new GrantLink(request.practitionerId(), linkId, childId, keyWorker,
                    people.account(coordinator).id(), coordinator.getLocality()), coordinator.id());
        } catch (RelationshipRefusedException refused) {
            return refused.errors();
        }
        people.byId(request.practitionerId()).ifPresent(mail::granted);
        return List.of();
    }

    List<FieldError> decline(PortalUser coordinator, String linkId, String reason) {
        LinkRequestSummary request = pending(coordinator, linkId);
        try {
            commands.send(new DeclineLink(request.practitionerId(), linkId, reason, people.account(coordinator).id(),
                    coordinator.getLocality()), coordinator.id());
        } catch (RelationshipRefusedException refused) {
            return refused.errors();
        }
        people.byId(request.practitionerId()).ifPresent(practitioner -> mail.declined(practitioner, reason.strip()));
        return List.of();
    }

    /** Ends an active link of this locality; returns the child it was to. */
    String end(PortalUser coordinator, String linkId) {
        LinkRequestSummary link = inLocality(coordinator, linkId, LinkStatus.ACTIVE);
        Account account = people.account(coordinator);
        try {
            commands.send(new EndLink(link.practitionerId(), linkId, account.id(), coordinator.getLocality()),
                    coordinator.id());
        } catch (RelationshipRefusedException alreadyEnded) {
            // The read model had not yet seen the link end (a second click): there is nothing left to end.
            throw new ChildNotFound();
        }
        return link.childId();
    }

    private LinkRequestSummary inLocality(PortalUser coordinator, String linkId, LinkStatus status) {
        return queries.request(linkId)
                .filter(request -> request.locality().equals(coordinator.getLocality()))
                .filter(request -> request.status() == status)
                .orElseThrow(ChildNotFound::new);
    }
}
