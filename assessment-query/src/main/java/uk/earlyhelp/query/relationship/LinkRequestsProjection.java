package uk.earlyhelp.query.relationship;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.relationship.api.*;

/**
 * Every request for a link and what became of it: the coordinators' queue, who is linked to a child, and each
 * practitioner's own requests (waiting, or recently declined). Back-fills on first run; a reset empties the table so a
 * replay rebuilds it.
 */
@Component
@ProcessingGroup("link-requests")
public class LinkRequestsProjection {

    private final EntityManager entityManager;

    public LinkRequestsProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(LinkRequested event, @Timestamp Instant at) {
        entityManager.merge(new LinkRequestRow(event, at));
    }

    @EventHandler
    void on(LinkGranted event, @Timestamp Instant at) {
        change(event.linkId(), row -> row.granted(event.childId(), event.grantedBy(), at));
    }

    @EventHandler
    void on(LinkDeclined event, @Timestamp Instant at) {
        change(event.linkId(), row -> row.declined(event.declinedBy(), at, event.reason()));
    }

    @EventHandler
    void on(LinkRequestWithdrawn event, @Timestamp Instant at) {
        change(event.linkId(), row -> row.withdrawn(event.withdrawnBy(), at, event.reason().name()));
    }

    @EventHandler
    void on(LinkEnded event) {
        change(event.linkId(), row -> row.ended(event.reason().name()));
    }

    @ResetHandler
    void onReset() {
        entityManager.createQuery("delete from LinkRequestRow").executeUpdate();
    }

    @QueryHandler
    public LinkRequestList handle(FindPendingLinkRequests query) {
        return new LinkRequestList(entityManager.createQuery("""
                        select r from LinkRequestRow r where r.locality = :locality and r.status = :pending
                        order by r.requestedAt, r.linkId""", LinkRequestRow.class)
                .setParameter("locality", query.locality())
                .setParameter("pending", LinkStatus.PENDING)
                .getResultStream().map(LinkRequestRow::summary).toList());
    }

    @QueryHandler
    public LinkRequestList handle(FindActiveLinksToChild query) {
        return new LinkRequestList(entityManager.createQuery("""
                        select r from LinkRequestRow r where r.childId = :child and r.status = :active
                        order by r.decidedAt, r.linkId""", LinkRequestRow.class)
                .setParameter("child", query.childId())
                .setParameter("active", LinkStatus.ACTIVE)
                .getResultStream().map(LinkRequestRow::summary).toList());
    }

    /** Only the practitioner's own rows: the query names them, and the page asks with the signed-in account's id. */
    @QueryHandler
    public LinkRequestList handle(FindMyLinkRequests query) {
        return new LinkRequestList(entityManager.createQuery("""
                        select r from LinkRequestRow r where r.practitionerId = :practitioner
                        and (r.status = :pending or (r.status = :declined and r.decidedAt >= :since))
                        order by case when r.status = :pending then 0 else 1 end,
                                 case when r.status = :pending then r.requestedAt end,
                                 r.decidedAt desc, r.linkId""", LinkRequestRow.class)
                .setParameter("practitioner", query.practitionerId())
                .setParameter("pending", LinkStatus.PENDING)
                .setParameter("declined", LinkStatus.DECLINED)
                .setParameter("since", query.declinedSince())
                .getResultStream().map(LinkRequestRow::summary).toList());
    }

    @QueryHandler
    public Optional<LinkRequestSummary> handle(FindLinkRequest query) {
        return Optional.ofNullable(entityManager.find(LinkRequestRow.class, query.linkId())).map(LinkRequestRow::summary);
    }

    private void change(String linkId, Consumer<LinkRequestRow> change) {
        LinkRequestRow row = entityManager.find(LinkRequestRow.class, linkId);
        if (row != null) {
            change.accept(row);
        }
    }
}
