package uk.earlyhelp.portal.audit.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.timeline.StoredHistory;
import uk.earlyhelp.relationship.api.LinkDeclined;
import uk.earlyhelp.relationship.api.LinkEnded;
import uk.earlyhelp.relationship.api.LinkGranted;
import uk.earlyhelp.relationship.api.LinkRequestWithdrawn;
import uk.earlyhelp.relationship.api.LinkRequested;

/**
 * The link events of a child record or of a practitioner's account, read from the store. Links are events of each
 * practitioner's ProfessionalRelationships (its id is the practitioner's account id), not of the child: which
 * practitioners ever had a link to a child is found in the link-requests read model (navigation only, as
 * RecordedChildren does), then each practitioner's stream is read from sequence 0 and the events of the links granted
 * for this child kept (the request that led to each, the grant, its end). A request declined or withdrawn before a
 * grant never named a child record, so it is on the practitioner's account timeline, not on any child's.
 */
@Component
public class LinkEvents {

    static final String AGGREGATE_TYPE = "ProfessionalRelationships";

    private final StoredHistory store;
    private final JdbcTemplate jdbc;

    LinkEvents(StoredHistory store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    public List<DomainEventMessage<?>> ofChild(String childId) {
        List<DomainEventMessage<?>> found = new ArrayList<>();
        for (String practitionerId : jdbc.queryForList(
                "select distinct practitioner_id from link_request where child_id = ?", String.class, childId)) {
            List<DomainEventMessage<?>> stream = store.ofAny(AGGREGATE_TYPE, practitionerId);
            Set<String> links = stream.stream().map(DomainEventMessage::getPayload)
                    .filter(payload -> payload instanceof LinkGranted granted && childId.equals(granted.childId()))
                    .map(LinkEvents::linkId).collect(Collectors.toSet());
            stream.stream().filter(event -> links.contains(linkId(event.getPayload()))).forEach(found::add);
        }
        return found;
    }

    /** Every link event of the practitioner with this account id; none for an account that never asked. */
    public List<DomainEventMessage<?>> ofPractitioner(String accountId) {
        return store.ofAny(AGGREGATE_TYPE, accountId);
    }

    static String linkId(Object payload) {
        if (payload instanceof LinkRequested requested) return requested.linkId();
        if (payload instanceof LinkGranted granted) return granted.linkId();
        if (payload instanceof LinkDeclined declined) return declined.linkId();
        if (payload instanceof LinkRequestWithdrawn withdrawn) return withdrawn.linkId();
        if (payload instanceof LinkEnded ended) return ended.linkId();
        return null;
    }
}
