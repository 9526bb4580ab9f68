package uk.earlyhelp.portal.relationship;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.SafeId;
import uk.earlyhelp.portal.readpath.DomainQueries;
import uk.earlyhelp.relationship.api.*;

/** The relationship queries the pages ask, waited for, with the domain's "no such child" unwrapped. */
@Component
public class RelationshipQueries {

    private final QueryGateway queries;
    private final DomainQueries domainQueries;

    RelationshipQueries(QueryGateway queries, DomainQueries domainQueries) {
        this.queries = queries;
        this.domainQueries = domainQueries;
    }

    /** From the child's own events (strongly consistent); empty if there is no such record. */
    public Optional<ChildRecord> child(String childId) {
        if (!SafeId.isSafe(childId)) {
            return Optional.empty();
        }
        return domainQueries.find(new FetchChildRecord(childId), ChildRecord.class, ChildNotFoundException.class);
    }

    /** From the practitioner's own events: a link ended a moment ago is already gone. */
    public ProfessionalRelationshipsView relationships(String practitionerId) {
        return queries.query(new FetchProfessionalRelationships(practitionerId), ProfessionalRelationshipsView.class)
                .join();
    }

    public ChildRecordList childrenOf(String locality) {
        return queries.query(new FindChildRecords(locality), ChildRecordList.class).join();
    }

    /** The records a request may be matched to; see {@link FindChildRecordCandidates}. */
    public ChildRecordList candidates(FindChildRecordCandidates query) {
        return queries.query(query, ChildRecordList.class).join();
    }

    /** The practitioner's own waiting requests, then those declined since the given instant. */
    public LinkRequestList myRequests(String practitionerId, java.time.Instant declinedSince) {
        return queries.query(new FindMyLinkRequests(practitionerId, declinedSince), LinkRequestList.class).join();
    }

    public LinkedChildren linkedChildren(String practitionerId) {
        return queries.query(new FindLinkedChildren(practitionerId), LinkedChildren.class).join();
    }

    public LinkRequestList pendingRequests(String locality) {
        return queries.query(new FindPendingLinkRequests(locality), LinkRequestList.class).join();
    }

    public LinkRequestList activeLinksTo(String childId) {
        return queries.query(new FindActiveLinksToChild(childId), LinkRequestList.class).join();
    }

    public Optional<LinkRequestSummary> request(String linkId) {
        if (!SafeId.isSafe(linkId)) {
            return Optional.empty();
        }
        return queries.query(new FindLinkRequest(linkId), ResponseTypes.optionalInstanceOf(LinkRequestSummary.class))
                .join();
    }

    /** From the child-records projection: it may be a moment behind the child's own events. */
    public ChildDetailChanges detailChanges(String childId) {
        return queries.query(new FindChildDetailChanges(childId), ChildDetailChanges.class).join();
    }

    public ChildViewHistory views(String childId) {
        return queries.query(new FindChildViews(childId), ChildViewHistory.class).join();
    }
}
