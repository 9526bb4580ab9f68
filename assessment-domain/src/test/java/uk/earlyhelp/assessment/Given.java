package uk.earlyhelp.assessment;

import static uk.earlyhelp.assessment.AssessmentFixture.AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.FORM_ID;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.ActionPlanRowAdded;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.InvolvedProfessionalAdded;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.form.Answers;

/**
 * Histories (event lists) to start a test from. Answers in events are stored the way the
 * aggregate stores them (normalised), as they would be in the event store.
 */
final class Given {

    static final String MARY = "mary";
    static final String UNBORN = "unborn";
    static final String HEALTH_VISITOR = "health-visitor";
    static final String ACTION = "action-1";
    static final String MOSAIC_REFERENCE = "STEP-1001";

    private Given() {
    }

    static List<Object> started() {
        return List.of(new AssessmentStarted(ID, FORM_ID, 1, AUTHOR));
    }

    /** Started, with Mary Smith and her unborn child in the family. */
    static List<Object> withFamily() {
        return then(started(), memberAdded(MARY, ExampleAnswers.mary()), memberAdded(UNBORN, ExampleAnswers.unbornSmith()));
    }

    /** Everything the form needs to finish: the family, every section, one action for the unborn child. */
    static List<Object> complete() {
        List<Object> events = new ArrayList<>(withFamily());
        events.add(sectionSaved("assessment", ExampleAnswers.assessment()));
        events.add(new InvolvedProfessionalAdded(ID, HEALTH_VISITOR, Answers.normalise(ExampleAnswers.healthVisitor())));
        events.add(new ActionPlanRowAdded(ID, ACTION, Answers.normalise(ExampleAnswers.actionFor(UNBORN))));
        for (String section : List.of("consent", "presenting-needs", "outcome", "your-details", "key-person")) {
            events.add(sectionSaved(section, ExampleAnswers.forSection(section)));
        }
        return List.copyOf(events);
    }

    static List<Object> finished() {
        return then(complete(), new AssessmentFinished(ID, AUTHOR));
    }

    static List<Object> deliveredToMosaic() {
        return then(finished(), new DeliveredToMosaic(ID, MOSAIC_REFERENCE));
    }

    static FamilyMemberAdded memberAdded(String memberId, Map<String, List<String>> details) {
        return new FamilyMemberAdded(ID, memberId, Answers.normalise(details));
    }

    static SectionSaved sectionSaved(String sectionId, Map<String, List<String>> answers) {
        return new SectionSaved(ID, sectionId, Answers.normalise(answers));
    }

    /** {@code history} followed by {@code more}. */
    static List<Object> then(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return List.copyOf(events);
    }
}
