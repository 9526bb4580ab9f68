package uk.earlyhelp.portal.relationship;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChangeChildDetails;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildDetailsChangeOutcome;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.RecordChild;
import uk.earlyhelp.relationship.api.RelationshipRefusedException;

/**
 * Records children for a coordinator's locality, once each. A child's id is derived from what identifies them, so the
 * event store itself refuses a second record of the same child, however the two requests race: the Mosaic person
 * reference within the locality when there is one (a CSV extract imported twice adds nobody), else the assessment's
 * family member it came from; a child typed in without a reference gets a new id. A held record's details are changed
 * as a whole, by its locality's coordinator.
 */
@Component
public class ChildRecords {

    /** What became of one attempt to record a child. */
    public sealed interface Outcome permits Recorded, AlreadyHeld, Changed, Unchanged, Refused {
    }

    public record Recorded(String childId) implements Outcome {
    }

    public record AlreadyHeld(String childId) implements Outcome {
    }

    /** A held record's details were changed. */
    public record Changed(String childId) implements Outcome {
    }

    /** A held record already had exactly these details: nothing was recorded. */
    public record Unchanged(String childId) implements Outcome {
    }

    public record Refused(List<FieldError> errors) implements Outcome {
    }

    private final ActingUserCommandGateway commands;
    private final RelationshipQueries queries;
    private final People people;

    ChildRecords(ActingUserCommandGateway commands, RelationshipQueries queries, People people) {
        this.commands = commands;
        this.queries = queries;
        this.people = people;
    }

    public Outcome record(PortalUser coordinator, ChildDetails details, ChildSource source, String assessmentId,
                          String familyMemberId) {
        String childId = childId(coordinator.getLocality(), details, assessmentId, familyMemberId);
        if (queries.child(childId).isPresent()) {
            return new AlreadyHeld(childId);
        }
        try {
            commands.send(new RecordChild(childId, coordinator.getLocality(), details, source, assessmentId,
                    familyMemberId, people.account(coordinator).id()), coordinator.id());
            return new Recorded(childId);
        } catch (RelationshipRefusedException refused) {
            return new Refused(refused.errors());
        } catch (AggregateStreamCreationException | ConcurrencyException sameChildAtTheSameMoment) {
            return new AlreadyHeld(childId);
        }
    }

    /**
     * Replaces a held record's details. The child refuses another locality's coordinator itself; callers check the
     * locality first all the same, so that a refusal looks like any unknown child.
     */
    public Outcome change(PortalUser coordinator, String childId, ChildDetails details, ChildSource source) {
        try {
            ChildDetailsChangeOutcome outcome = commands.send(new ChangeChildDetails(childId, details, source,
                    people.account(coordinator).id(), coordinator.getLocality()), coordinator.id());
            return outcome == ChildDetailsChangeOutcome.CHANGED ? new Changed(childId) : new Unchanged(childId);
        } catch (RelationshipRefusedException refused) {
            return new Refused(refused.errors());
        }
    }

    static String childId(String locality, ChildDetails details, String assessmentId, String familyMemberId) {
        String reference = details.mosaicPersonReference() == null ? "" : details.mosaicPersonReference().strip();
        if (!reference.isEmpty()) {
            return derived("mosaic|" + locality + "|" + reference.toUpperCase(Locale.ROOT));
        }
        if (assessmentId != null && familyMemberId != null) {
            return derived("member|" + assessmentId + "|" + familyMemberId);
        }
        return "c-" + UUID.randomUUID();
    }

    private static String derived(String identity) {
        return "c-" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }
}
