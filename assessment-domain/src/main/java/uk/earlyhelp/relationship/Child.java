package uk.earlyhelp.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.ChildViewed;
import uk.earlyhelp.relationship.api.RecordChild;
import uk.earlyhelp.relationship.api.RecordChildView;

/**
 * A child record held by the portal for one locality, and every opening of it (the audit trail auditors read). Public
 * only so the application can register it with Axon.
 */
// Snapshots are serialized by Jackson, which must see the fields.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Child {

    @AggregateIdentifier
    private String childId;
    private String locality;
    private ChildDetails details;
    private ChildSource source;
    private String assessmentId;
    private String familyMemberId;

    Child() {
        // for Axon and Jackson
    }

    @CommandHandler
    Child(RecordChild command, Clock clock) {
        ChildDetails details = command.details() == null ? new ChildDetails(null, null, null, null, null, null, null, null)
                : command.details().normalised();
        Checks checks = new Checks().id("childId", command.childId())
                .required("locality", command.locality(), Checks.NAME_LENGTH, "A child record needs a locality",
                        "Locality must be 100 characters or fewer")
                .required("recordedBy", command.recordedBy(), 64, "A child record needs the coordinator who made it",
                        "An id must be 64 characters or fewer");
        ChildDetailsCheck.check(checks, details, LocalDate.now(clock));
        checkSource(checks, command);
        checks.refuseIfAny();
        boolean fromMember = command.source() == ChildSource.ASSESSMENT_FAMILY_MEMBER;
        apply(new ChildRecorded(command.childId(), command.locality().strip(), details, command.source(),
                fromMember ? command.assessmentId() : "", fromMember ? command.familyMemberId() : "",
                command.recordedBy()));
    }

    @CommandHandler
    void handle(RecordChildView command) {
        Checks checks = new Checks().id("viewerId", command.viewerId());
        if (command.viewerRole() == null) {
            checks.add("viewerRole", "A view needs the viewer's role");
        }
        checks.refuseIfAny();
        apply(new ChildViewed(childId, command.viewerId(), command.viewerRole()));
    }

    /** The family member an assessment-sourced record came from; other sources name none. */
    private static void checkSource(Checks checks, RecordChild command) {
        if (command.source() == null) {
            checks.add("source", "A child record needs its source");
        } else if (command.source() == ChildSource.ASSESSMENT_FAMILY_MEMBER) {
            checks.id("assessmentId", command.assessmentId()).id("familyMemberId", command.familyMemberId());
        }
    }

    ChildRecord record() {
        return new ChildRecord(childId, locality, details, source, assessmentId, familyMemberId);
    }

    // ---- event sourcing handlers: assignment only ----

    @EventSourcingHandler
    void on(ChildRecorded event) {
        childId = event.childId();
        locality = event.locality();
        details = event.details();
        source = event.source();
        assessmentId = event.assessmentId();
        familyMemberId = event.familyMemberId();
    }
}
