package uk.earlyhelp.relationship.api;

import java.util.List;

/** The answer to {@link FindPendingLinkRequests}, {@link FindActiveLinksToChild} and {@link FindMyLinkRequests}. */
public record LinkRequestList(List<LinkRequestSummary> requests) {

    public LinkRequestList {
        requests = List.copyOf(requests);
    }
}
