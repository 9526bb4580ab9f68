package uk.earlyhelp.feed.cloudevent;

import static uk.earlyhelp.feed.cloudevent.EventGroup.ASSESSMENTS;
import static uk.earlyhelp.feed.cloudevent.EventGroup.DELIVERIES;
import static uk.earlyhelp.feed.cloudevent.EventGroup.RELATIONSHIPS;
import static uk.earlyhelp.feed.cloudevent.PublishedType.of;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.earlyhelp.assessment.api.ActionPlanRowAdded;
import uk.earlyhelp.assessment.api.ActionPlanRowChanged;
import uk.earlyhelp.assessment.api.ActionPlanRowRemoved;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.FamilyMemberChanged;
import uk.earlyhelp.assessment.api.FamilyMemberRemoved;
import uk.earlyhelp.assessment.api.InvolvedProfessionalAdded;
import uk.earlyhelp.assessment.api.InvolvedProfessionalChanged;
import uk.earlyhelp.assessment.api.InvolvedProfessionalRemoved;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.api.SignificantHarmIndicated;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildViewed;
import uk.earlyhelp.relationship.api.LinkDeclined;
import uk.earlyhelp.relationship.api.LinkEnded;
import uk.earlyhelp.relationship.api.LinkGranted;
import uk.earlyhelp.relationship.api.LinkRequestWithdrawn;
import uk.earlyhelp.relationship.api.LinkRequested;

/**
 * Every domain event integrators can read: the public contract (docs/integrators.md). An event missing here is never
 * published; a test keeps this list complete. Assessment authors were named by their sign-in email address
 * until ADR 0032 (account ids now); {@code authorId}, {@code finishedBy} and {@code deletedBy} stay redacted; relationship events name people by account
 * UUIDs, which are kept. A link event's subject is the child where the event names one, else the link request.
 */
public final class PublishedTypes {

    private static final String ASSESSMENT = "assessmentId";
    private static final List<String> CHILD_KEPT = List.of("childId", "locality", "source", "assessmentId",
            "familyMemberId", "recordedBy", "changedBy", "details.mosaicPersonReference");

    private static final List<PublishedType> ALL = List.of(
            of(AssessmentStarted.class, ASSESSMENTS, AssessmentStarted::assessmentId, ASSESSMENT, "formId"),
            of(FamilyMemberAdded.class, ASSESSMENTS, FamilyMemberAdded::assessmentId, ASSESSMENT, "memberId"),
            of(FamilyMemberChanged.class, ASSESSMENTS, FamilyMemberChanged::assessmentId, ASSESSMENT, "memberId"),
            of(FamilyMemberRemoved.class, ASSESSMENTS, FamilyMemberRemoved::assessmentId, ASSESSMENT, "memberId"),
            of(InvolvedProfessionalAdded.class, ASSESSMENTS, InvolvedProfessionalAdded::assessmentId, ASSESSMENT,
                    "professionalId"),
            of(InvolvedProfessionalChanged.class, ASSESSMENTS, InvolvedProfessionalChanged::assessmentId, ASSESSMENT,
                    "professionalId"),
            of(InvolvedProfessionalRemoved.class, ASSESSMENTS, InvolvedProfessionalRemoved::assessmentId, ASSESSMENT,
                    "professionalId"),
            of(ActionPlanRowAdded.class, ASSESSMENTS, ActionPlanRowAdded::assessmentId, ASSESSMENT, "rowId"),
            of(ActionPlanRowChanged.class, ASSESSMENTS, ActionPlanRowChanged::assessmentId, ASSESSMENT, "rowId"),
            of(ActionPlanRowRemoved.class, ASSESSMENTS, ActionPlanRowRemoved::assessmentId, ASSESSMENT, "rowId"),
            of(SectionSaved.class, ASSESSMENTS, SectionSaved::assessmentId, ASSESSMENT, "sectionId"),
            of(SignificantHarmIndicated.class, ASSESSMENTS, SignificantHarmIndicated::assessmentId, ASSESSMENT,
                    "sectionId"),
            of(AssessmentFinished.class, ASSESSMENTS, AssessmentFinished::assessmentId, ASSESSMENT),
            of(AssessmentDeleted.class, ASSESSMENTS, AssessmentDeleted::assessmentId, ASSESSMENT, "reason"),
            // The failure's reason is written by the portal, never by a person, and names no one (docs/decisions/0011).
            of(DeliveredToMosaic.class, DELIVERIES, DeliveredToMosaic::assessmentId, ASSESSMENT, "mosaicReference"),
            of(MosaicDeliveryFailed.class, DELIVERIES, MosaicDeliveryFailed::assessmentId, ASSESSMENT, "reason"),
            of(ChildRecorded.class, RELATIONSHIPS, ChildRecorded::childId, CHILD_KEPT.toArray(String[]::new)),
            of(ChildDetailsChanged.class, RELATIONSHIPS, ChildDetailsChanged::childId,
                    CHILD_KEPT.toArray(String[]::new)),
            of(ChildViewed.class, RELATIONSHIPS, ChildViewed::childId, "childId", "viewerId", "viewerRole"),
            of(LinkRequested.class, RELATIONSHIPS, LinkRequested::linkId, "practitionerId", "linkId", "locality",
                    "child.mosaicPersonReference"),
            of(LinkGranted.class, RELATIONSHIPS, LinkGranted::childId, "practitionerId", "linkId", "childId", "role",
                    "grantedBy"),
            of(LinkDeclined.class, RELATIONSHIPS, LinkDeclined::linkId, "practitionerId", "linkId", "declinedBy"),
            of(LinkRequestWithdrawn.class, RELATIONSHIPS, LinkRequestWithdrawn::linkId, "practitionerId", "linkId",
                    "reason", "withdrawnBy"),
            of(LinkEnded.class, RELATIONSHIPS, LinkEnded::childId, "practitionerId", "linkId", "childId", "reason",
                    "endedBy"));

    private static final Map<Class<?>, PublishedType> BY_CLASS = index(PublishedType::payloadType);
    private static final Map<String, PublishedType> BY_TYPE = index(PublishedType::type);

    private PublishedTypes() {
    }

    public static List<PublishedType> all() {
        return ALL;
    }

    public static Optional<PublishedType> ofPayload(Class<?> payloadType) {
        return Optional.ofNullable(BY_CLASS.get(payloadType));
    }

    public static Optional<PublishedType> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static <K> Map<K, PublishedType> index(Function<PublishedType, K> key) {
        return ALL.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
