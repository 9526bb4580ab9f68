package uk.earlyhelp.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.earlyhelp.relationship.api.ChangeChildDetails;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildDetailsChangeOutcome;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.ChildViewed;
import uk.earlyhelp.relationship.api.RecordChild;
import uk.earlyhelp.relationship.api.RecordChildView;
import uk.earlyhelp.relationship.api.RelationshipRefusedException;

/**
 * A child record held by the portal for one locality, changes to its details, and every opening of it (the audit trail
 * auditors read). Public only so the application can register it with Axon.
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
        ChildDetails details = normalised(command.details());
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

    /**
     * Replaces the details as a whole. Validated like a new record, then compared: the same details again (a CSV row
     * imported twice, a form saved untouched) record nothing, as a save that changes nothing does on an assessment.
     */
    @CommandHandler
    ChildDetailsChangeOutcome handle(ChangeChildDetails command, Clock clock) {
        if (!locality.equals(command.coordinatorLocality())) {
            // Another locality's child is, to its coordinator, no child at all.
            throw new RelationshipRefusedException("childId", "There is no such child record in your locality");
        }
        ChildDetails changed = normalised(command.details());
        Checks checks = new Checks().id("changedBy", command.changedBy());
        ChildDetailsCheck.check(checks, changed, LocalDate.now(clock));
        if (command.source() != ChildSource.COORDINATOR && command.source() != ChildSource.CSV_IMPORT) {
            checks.add("source", "A change needs its source: the coordinator's form or a CSV row");
        }
        // The record's id derives from the reference (decision 0009): changing it would let the next import of the
        // same extract record the child a second time under the new one.
        if (!changed.mosaicPersonReference().toUpperCase(Locale.ROOT)
                .equals(details.mosaicPersonReference().toUpperCase(Locale.ROOT))) {
            checks.add("mosaicPersonReference", "The Mosaic person reference identifies the record and cannot be changed");
        }
        checks.refuseIfAny();
        ChildDetails kept = new ChildDetails(changed.firstName(), changed.lastName(), changed.dateOfBirth(),
                changed.address(), changed.phone(), changed.email(), details.mosaicPersonReference(),
                changed.involvedWorkers());
        if (kept.equals(details)) {
            return ChildDetailsChangeOutcome.UNCHANGED;
        }
        apply(new ChildDetailsChanged(childId, kept, command.source(), command.changedBy()));
        return ChildDetailsChangeOutcome.CHANGED;
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

    private static ChildDetails normalised(ChildDetails details) {
        return details == null ? new ChildDetails(null, null, null, null, null, null, null, null).normalised()
                : details.normalised();
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

    @EventSourcingHandler
    void on(ChildDetailsChanged event) {
        details = event.details();
    }
}
