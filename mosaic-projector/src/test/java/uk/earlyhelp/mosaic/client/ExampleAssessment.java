package uk.earlyhelp.mosaic.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.form.FilledForm;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitionReader;
import uk.earlyhelp.assessment.form.Row;

/** A finished assessment on the real form definition: Mary Smith, an unborn baby, one action. */
final class ExampleAssessment {

    static final FormDefinition FORM = new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml");
    static final Instant FINISHED_AT = Instant.parse("2026-01-05T10:15:30Z");

    private ExampleAssessment() {
    }

    static uk.earlyhelp.mosaic.delivery.FinishedAssessment finished(String id) {
        return finished(id, Map.of("isKeyPerson", List.of("yes")));
    }

    static uk.earlyhelp.mosaic.delivery.FinishedAssessment finished(String id, Map<String, List<String>> keyPerson) {
        FilledForm filled = new FilledForm(Map.of(
                "assessment", Map.of("significantHarm", List.of("no"), "childDevelopment", List.of("Loves drawing."),
                        "parentingCapacity", List.of("Warm."), "familyEnvironment", List.of("One bedroom."),
                        "voiceOfChild", List.of("\"I want my own bed.\""), "parentsViews", List.of("Wants help.")),
                "consent", Map.of("agreedBy", List.of("Mary Smith"), "childAgreed", List.of("not-old-enough"),
                        "consentDate", List.of("2026-01-05")),
                "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting")),
                "outcome", Map.of("outcome", List.of("team-around-family"), "outcomeReason", List.of("Several agencies")),
                "your-details", Map.of("name", List.of("Łukasz Nowak"), "jobTitle", List.of("Family support worker"),
                        "organisation", List.of("Riverside Primary School"), "email", List.of("l.nowak@example.org"),
                        "phone", List.of("01632 960000"), "locality", List.of("North"),
                        "completedOn", List.of("2026-01-05")),
                "key-person", keyPerson),
                Map.of("family-members", List.of(
                                new Row("m1", Map.of("name", List.of("Mary Smith"), "dateOfBirth", List.of("1990-05-09"),
                                        "gender", List.of("female"), "relationship", List.of("mother"),
                                        "ethnicity", List.of("white-british"))),
                                new Row("m2", Map.of("name", List.of("Unborn Smith"), "dateOfBirth", List.of("2026-04-01"),
                                        "gender", List.of("unborn"), "relationship", List.of("unborn-child"),
                                        "ethnicity", List.of("white-british")))),
                        "involved-professionals", List.of(new Row("p1", Map.of("role", List.of("Health visitor"),
                                "name", List.of("Siân Evans")))),
                        "action-plan", List.of(new Row("r1", Map.of("ffIndicator", List.of("secure-housing"),
                                "familyMembers", List.of("m1"), "need", List.of("Settled housing"),
                                "action", List.of("Housing application"), "who", List.of("Family support worker"),
                                "byWhen", List.of("2027-03-31"), "hopedOutcome", List.of("A two-bedroom home"))))));
        AssessmentView view = new AssessmentView(id, FORM.id(), FORM.version(), "practitioner-7", filled, true, null,
                DeliveryStatus.SENDING);
        return new uk.earlyhelp.mosaic.delivery.FinishedAssessment(view, FORM, FINISHED_AT, "practitioner-7");
    }
}
