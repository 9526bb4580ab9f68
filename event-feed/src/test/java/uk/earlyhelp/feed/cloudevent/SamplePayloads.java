package uk.earlyhelp.feed.cloudevent;

import java.util.List;
import java.util.Map;
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
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.ChildViewed;
import uk.earlyhelp.relationship.api.LinkDeclined;
import uk.earlyhelp.relationship.api.LinkEnded;
import uk.earlyhelp.relationship.api.LinkEndReason;
import uk.earlyhelp.relationship.api.LinkGranted;
import uk.earlyhelp.relationship.api.LinkRequestWithdrawn;
import uk.earlyhelp.relationship.api.LinkRequested;
import uk.earlyhelp.relationship.api.LinkRole;
import uk.earlyhelp.relationship.api.ViewerRole;
import uk.earlyhelp.relationship.api.WithdrawalReason;

/**
 * One event of every published type, filled with personal data a person could have typed (names, a date of birth, an
 * address, free text) and with ids, so that tests can see which survive redaction.
 */
final class SamplePayloads {

    static final String ASSESSMENT = "6f1c2d3e-0000-4000-8000-000000000001";
    static final String CHILD = "6f1c2d3e-0000-4000-8000-000000000002";
    static final String LINK = "6f1c2d3e-0000-4000-8000-000000000003";
    static final String PRACTITIONER = "6f1c2d3e-0000-4000-8000-000000000004";
    static final String COORDINATOR = "6f1c2d3e-0000-4000-8000-000000000005";
    static final String AUTHOR_EMAIL = "nurse.jones@example.org";
    /** Everything personal in the samples: none of it may reach a redacted client. */
    static final List<String> PERSONAL = List.of("Mary", "Smith", "2019-04-01", "12 Acacia Avenue", "07700 900123",
            "mary.smith@example.org", AUTHOR_EMAIL, "Worried about sleep", "Dr Patel", "No capacity this month");

    private static final Map<String, List<String>> MEMBER = Map.of("firstName", List.of("Mary"),
            "lastName", List.of("Smith"), "dateOfBirth", List.of("2019-04-01"), "relationship", List.of("CHILD"));
    private static final Map<String, List<String>> ANSWERS = Map.of("worries", List.of("Worried about sleep"),
            "support", List.of("HEALTH", "SCHOOL"));
    private static final ChildDetails DETAILS = new ChildDetails("Mary", "Smith", "2019-04-01", "12 Acacia Avenue",
            "07700 900123", "mary.smith@example.org", "MOS-12345", "Dr Patel");

    private SamplePayloads() {
    }

    static List<Object> all() {
        return List.of(
                new AssessmentStarted(ASSESSMENT, "early-help-assessment", 1, AUTHOR_EMAIL),
                new FamilyMemberAdded(ASSESSMENT, "member-1", MEMBER),
                new FamilyMemberChanged(ASSESSMENT, "member-1", MEMBER),
                new FamilyMemberRemoved(ASSESSMENT, "member-1"),
                new InvolvedProfessionalAdded(ASSESSMENT, "professional-1", Map.of("name", List.of("Dr Patel"))),
                new InvolvedProfessionalChanged(ASSESSMENT, "professional-1", Map.of("name", List.of("Dr Patel"))),
                new InvolvedProfessionalRemoved(ASSESSMENT, "professional-1"),
                new ActionPlanRowAdded(ASSESSMENT, "row-1", Map.of("action", List.of("Worried about sleep"))),
                new ActionPlanRowChanged(ASSESSMENT, "row-1", Map.of("action", List.of("Worried about sleep"))),
                new ActionPlanRowRemoved(ASSESSMENT, "row-1"),
                new SectionSaved(ASSESSMENT, "family-story", ANSWERS),
                new SignificantHarmIndicated(ASSESSMENT, "safeguarding"),
                new AssessmentFinished(ASSESSMENT, AUTHOR_EMAIL),
                new AssessmentDeleted(ASSESSMENT, AUTHOR_EMAIL),
                new DeliveredToMosaic(ASSESSMENT, "STEP-42"),
                new MosaicDeliveryFailed(ASSESSMENT, "Mosaic refused the submission: HTTP 400 (REJECTED)", false),
                new ChildRecorded(CHILD, "North", DETAILS, ChildSource.ASSESSMENT_FAMILY_MEMBER, ASSESSMENT, "member-1",
                        COORDINATOR),
                new ChildDetailsChanged(CHILD, DETAILS, ChildSource.COORDINATOR, COORDINATOR),
                new ChildViewed(CHILD, PRACTITIONER, ViewerRole.LINKED_PRACTITIONER),
                new LinkRequested(PRACTITIONER, LINK, "North",
                        new ChildDescription("Mary", "Smith", "2019-04-01", "MOS-12345"), "Worried about sleep"),
                new LinkGranted(PRACTITIONER, LINK, CHILD, LinkRole.KEY_WORKER, COORDINATOR),
                new LinkDeclined(PRACTITIONER, LINK, COORDINATOR, "No capacity this month"),
                new LinkRequestWithdrawn(PRACTITIONER, LINK, WithdrawalReason.WITHDRAWN_BY_PRACTITIONER, PRACTITIONER),
                new LinkEnded(PRACTITIONER, LINK, CHILD, LinkEndReason.ENDED_BY_COORDINATOR, COORDINATOR));
    }
}
