package uk.earlyhelp.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.earlyhelp.relationship.api.*;

/**
 * One practitioner's links to children, from request to end. One aggregate per practitioner, because the rules span
 * their links: a child may be asked for only once while a request is pending or a link active, and when their
 * account expires every active link ends and every pending request is withdrawn at once. Public only so the application can register it with Axon.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProfessionalRelationships {

    static final String SYSTEM = "system";

    @AggregateIdentifier
    private String practitionerId;
    private Map<String, Link> links = new LinkedHashMap<>();

    ProfessionalRelationships() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestLink command, Clock clock) {
        ChildDescription child = command.child() == null ? new ChildDescription(null, null, null, null)
                : command.child().normalised();
        String reason = command.reason() == null ? "" : command.reason().strip();
        Checks checks = new Checks().id("practitionerId", command.practitionerId()).id("linkId", command.linkId())
                .required("locality", command.locality(), Checks.NAME_LENGTH, "A request needs the practitioner's locality",
                        "Locality must be 100 characters or fewer");
        ChildDetailsCheck.check(checks, child, LocalDate.now(clock));
        checks.required("reason", reason, Checks.REASON_LENGTH, "Enter why you should be linked to this child",
                "Reason must be 1,000 characters or fewer");
        if (links.containsKey(command.linkId())) {
            checks.add("linkId", "This request has already been made");
        } else if (links.values().stream().anyMatch(link -> link.isOpen() && link.describes(child))) {
            checks.add("firstName", "You have already asked to be linked to this child, or are linked to them");
        }
        checks.refuseIfAny();
        apply(new LinkRequested(command.practitionerId(), command.linkId(), command.locality().strip(), child, reason));
    }

    @CommandHandler
    void handle(GrantLink command) {
        Link link = pending(command.linkId(), command.coordinatorLocality(), "granted");
        Checks checks = new Checks().id("childId", command.childId()).id("coordinatorId", command.coordinatorId());
        if (!command.keyWorkerConfirmed()) {
            checks.add("keyWorker", "Confirm that the practitioner is the child's key worker: only key workers are linked");
        }
        if (activeLinkTo(command.childId())) {
            checks.add("childId", "This practitioner is already linked to this child");
        }
        checks.refuseIfAny();
        apply(new LinkGranted(practitionerId, command.linkId(), command.childId(), LinkRole.KEY_WORKER,
                command.coordinatorId()));
    }

    @CommandHandler
    void handle(DeclineLink command) {
        pending(command.linkId(), command.coordinatorLocality(), "declined");
        String reason = command.reason() == null ? "" : command.reason().strip();
        new Checks().id("coordinatorId", command.coordinatorId())
                .required("reason", reason, Checks.REASON_LENGTH, "Enter a reason for declining the request",
                        "Reason must be 1,000 characters or fewer")
                .refuseIfAny();
        apply(new LinkDeclined(practitionerId, command.linkId(), command.coordinatorId(), reason));
    }

    @CommandHandler
    void handle(EndLink command) {
        Link link = inLocality(command.linkId(), command.coordinatorLocality());
        if (link.status() != LinkStatus.ACTIVE) {
            throw new RelationshipRefusedException("linkId", "Only an active link can be ended");
        }
        new Checks().id("coordinatorId", command.coordinatorId()).refuseIfAny();
        apply(new LinkEnded(practitionerId, command.linkId(), link.childId(), LinkEndReason.ENDED_BY_COORDINATOR,
                command.coordinatorId()));
    }

    /**
     * Ends whatever is active and withdraws whatever is still pending (possibly nothing): a practitioner whose links
     * all end (an expired account) must not be linked later by a coordinator granting a request left waiting. Safe to
     * send again, e.g. by a retried expiry job: a second time it records nothing.
     */
    @CommandHandler
    void handle(EndAllLinks command) {
        if (command.reason() == null) {
            throw new RelationshipRefusedException("reason", "Ending links needs a reason");
        }
        String endedBy = command.endedBy() == null || command.endedBy().isBlank() ? SYSTEM : command.endedBy();
        List.copyOf(links.entrySet()).forEach(entry -> {
            String linkId = entry.getKey();
            Link link = entry.getValue();
            if (link.status() == LinkStatus.ACTIVE) {
                apply(new LinkEnded(practitionerId, linkId, link.childId(), command.reason(), endedBy));
            } else if (link.status() == LinkStatus.PENDING) {
                apply(new LinkRequestWithdrawn(practitionerId, linkId, WithdrawalReason.of(command.reason()), endedBy));
            }
        });
    }

    /** The practitioner takes back a request of their own, as long as the coordinator has not decided it yet. */
    @CommandHandler
    void handle(WithdrawLinkRequest command) {
        Link link = command.linkId() == null ? null : links.get(command.linkId());
        if (link == null) {
            throw new RelationshipRefusedException("linkId", "You have made no such request");
        }
        if (link.status() != LinkStatus.PENDING) {
            throw new RelationshipRefusedException("linkId",
                    "This request has already been decided, so it can no longer be withdrawn");
        }
        apply(new LinkRequestWithdrawn(practitionerId, command.linkId(), WithdrawalReason.WITHDRAWN_BY_PRACTITIONER,
                practitionerId));
    }

    ProfessionalRelationshipsView view() {
        return new ProfessionalRelationshipsView(practitionerId, activeLinks(), links.entrySet().stream()
                .filter(e -> e.getValue().status() == LinkStatus.PENDING).map(Map.Entry::getKey).toList());
    }

    List<ProfessionalRelationshipsView.ActiveLink> activeLinks() {
        return links.entrySet().stream().filter(e -> e.getValue().status() == LinkStatus.ACTIVE)
                .map(e -> new ProfessionalRelationshipsView.ActiveLink(e.getKey(), e.getValue().childId())).toList();
    }

    private Link pending(String linkId, String coordinatorLocality, String decision) {
        Link link = inLocality(linkId, coordinatorLocality);
        if (link.status() != LinkStatus.PENDING) {
            throw new RelationshipRefusedException("linkId", "Only a pending request can be " + decision);
        }
        return link;
    }

    /** Another locality's request is, to its coordinator, no request at all. */
    private Link inLocality(String linkId, String coordinatorLocality) {
        Link link = linkId == null ? null : links.get(linkId);
        if (link == null || !link.locality().equals(coordinatorLocality)) {
            throw new RelationshipRefusedException("linkId", "There is no such request in your locality");
        }
        return link;
    }

    private boolean activeLinkTo(String childId) {
        return links.values().stream().anyMatch(link -> link.status() == LinkStatus.ACTIVE
                && link.childId().equals(childId));
    }

    // ---- event sourcing handlers: assignment only ----

    @EventSourcingHandler
    void on(LinkRequested event) {
        practitionerId = event.practitionerId();
        links.put(event.linkId(), Link.requested(event.locality(), event.child()));
    }

    @EventSourcingHandler
    void on(LinkGranted event) {
        links.computeIfPresent(event.linkId(), (id, link) -> link.granted(event.childId()));
    }

    @EventSourcingHandler
    void on(LinkDeclined event) {
        links.computeIfPresent(event.linkId(), (id, link) -> link.declined());
    }

    @EventSourcingHandler
    void on(LinkRequestWithdrawn event) {
        links.computeIfPresent(event.linkId(), (id, link) -> link.withdrawn());
    }

    @EventSourcingHandler
    void on(LinkEnded event) {
        links.computeIfPresent(event.linkId(), (id, link) -> link.ended());
    }
}
