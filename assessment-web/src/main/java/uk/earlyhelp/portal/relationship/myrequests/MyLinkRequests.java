package uk.earlyhelp.portal.relationship.myrequests;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.relationship.ChildNotFound;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.LinkRequestSummary;
import uk.earlyhelp.relationship.api.LinkStatus;
import uk.earlyhelp.relationship.api.RelationshipRefusedException;
import uk.earlyhelp.relationship.api.WithdrawLinkRequest;

/**
 * A practitioner's own link requests: listed for their dashboard, and withdrawn. Both go by the signed-in account's
 * id, never by anything the browser sends, so nobody sees or withdraws another practitioner's request; someone
 * else's request id answers "not found", like an id that does not exist.
 */
@Component
public class MyLinkRequests {

    /** Flash attributes for the dashboard: the request just withdrawn, or one decided before it could be. */
    public static final String WITHDRAWN = "withdrawnLinkId";
    public static final String TOO_LATE = "withdrawTooLate";

    private static final Logger log = LoggerFactory.getLogger(MyLinkRequests.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One request waiting for the coordinator. */
    public record Waiting(String linkId, String child, String dateOfBirth, String requestedOn) {
    }

    /** One request the coordinator declined lately, with their reason. */
    public record Declined(String linkId, String child, String dateOfBirth, String declinedOn, String reason) {
    }

    /** What the dashboard shows. */
    public record Requests(List<Waiting> waiting, List<Declined> declined) {

        static final Requests NONE = new Requests(List.of(), List.of());

        public boolean isEmpty() {
            return waiting.isEmpty() && declined.isEmpty();
        }
    }

    private final RelationshipQueries queries;
    private final People people;
    private final ActingUserCommandGateway commands;
    private final MyRequestsProperties properties;
    private final Clock clock;

    MyLinkRequests(RelationshipQueries queries, People people, ActingUserCommandGateway commands,
                   MyRequestsProperties properties, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param justWithdrawn a request withdrawn a moment ago, which the read model may not show as withdrawn yet
     */
    public Requests of(PortalUser user, Object justWithdrawn) {
        if (!user.getAuthorities().contains(Role.PRACTITIONER.authority())) {
            return Requests.NONE;
        }
        Instant declinedSince = clock.instant().minus(properties.declinedShownFor());
        List<LinkRequestSummary> mine = queries.myRequests(people.account(user).id(), declinedSince).requests()
                .stream().filter(request -> !request.linkId().equals(justWithdrawn)).toList();
        return new Requests(
                mine.stream().filter(r -> r.status() == LinkStatus.PENDING).map(r -> new Waiting(r.linkId(), name(r),
                        DateOfBirth.shown(r.child().dateOfBirth()), day(r.requestedAt()))).toList(),
                mine.stream().filter(r -> r.status() == LinkStatus.DECLINED).map(r -> new Declined(r.linkId(), name(r),
                        DateOfBirth.shown(r.child().dateOfBirth()), day(r.decidedAt()), r.outcomeReason())).toList());
    }

    /**
     * Withdraws one of the user's own pending requests. False if the coordinator decided it first (the read model
     * had not caught up); {@link ChildNotFound} if it is not theirs or not there at all.
     */
    boolean withdraw(PortalUser user, String linkId) {
        Account account = people.account(user);
        Optional<LinkRequestSummary> request = queries.request(linkId);
        if (request.isEmpty() || !request.get().practitionerId().equals(account.id())) {
            if (request.isPresent()) {
                // Ids only (a real request's, so nothing typed reaches the log): no names or addresses.
                log.warn("Refused to withdraw link request {}: it is not a request of account {}", linkId,
                        account.id());
            }
            throw new ChildNotFound();
        }
        try {
            commands.send(new WithdrawLinkRequest(account.id(), linkId), user.id());
            return true;
        } catch (RelationshipRefusedException alreadyDecided) {
            return false;
        }
    }

    private static String name(LinkRequestSummary request) {
        return request.child().firstName() + " " + request.child().lastName();
    }

    private String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(clock.getZone()));
    }
}
