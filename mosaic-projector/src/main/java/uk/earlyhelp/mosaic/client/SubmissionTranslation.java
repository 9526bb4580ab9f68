package uk.earlyhelp.mosaic.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.Answers;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FilledForm;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.TableIds;
import uk.earlyhelp.mosaic.client.MosaicSubmission.Action;
import uk.earlyhelp.mosaic.client.MosaicSubmission.FamilyMember;
import uk.earlyhelp.mosaic.client.MosaicSubmission.KeyPerson;
import uk.earlyhelp.mosaic.client.MosaicSubmission.Practitioner;
import uk.earlyhelp.mosaic.delivery.AssessmentDocument;
import uk.earlyhelp.mosaic.delivery.FinishedAssessment;

/**
 * Says a finished assessment in Mosaic's terms. The typed parts name the fields of the form definition they come
 * from: a later form version that renames one must be mapped here, which is the point of an anti-corruption layer.
 * Every section also travels whole, generically, so an unmapped field still reaches Mosaic.
 */
final class SubmissionTranslation {

    private final FinishedAssessment finished;
    private final AssessmentView assessment;
    private final FilledForm filled;
    private final AnswerLabels labels;

    private SubmissionTranslation(FinishedAssessment finished) {
        this.finished = finished;
        this.assessment = finished.assessment();
        // Answers stored before the portal cleaned text at its boundary may hold what no receiver can take.
        this.filled = assessment.filled().withTextCleaned();
        this.labels = new AnswerLabels(finished.form(), filled);
    }

    static MosaicSubmission translate(FinishedAssessment finished) {
        return new SubmissionTranslation(finished).submission();
    }

    private MosaicSubmission submission() {
        FormDefinition form = finished.form();
        return new MosaicSubmission(assessment.assessmentId(),
                new MosaicSubmission.Form(form.id(), form.version(), form.title()),
                finished.finishedAt().toString(), finished.finishedBy(),
                familyMembers(), form.sections().stream().map(labels::section).toList(), actionPlan(),
                practitioner(), keyPerson(), document());
    }

    private MosaicSubmission.Document document() {
        AssessmentDocument document = finished.document();
        if (document == null) return null;
        try {
            return new MosaicSubmission.Document(document.fileName(), document.mediaType(),
                    Base64.getEncoder().encodeToString(document.content()),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.content())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private List<FamilyMember> familyMembers() {
        FieldDefinition date = column(TableIds.FAMILY_MEMBERS, "dateOfBirth");
        List<FamilyMember> members = new ArrayList<>();
        for (Row row : filled.rows(TableIds.FAMILY_MEMBERS)) {
            Map<String, List<String>> v = row.values();
            boolean expected = date != null && date.expectedDeliveryWhen() != null
                    && date.expectedDeliveryWhen().holdsFor(v);
            String when = Answers.first(v, "dateOfBirth");
            members.add(new FamilyMember(row.rowId(), Answers.first(v, "name"), expected ? null : when,
                    expected ? when : null, labels.coded(TableIds.FAMILY_MEMBERS, "gender", v),
                    Answers.first(v, "placeOfWork"), labels.coded(TableIds.FAMILY_MEMBERS, "relationship", v),
                    labels.coded(TableIds.FAMILY_MEMBERS, "ethnicity", v)));
        }
        return members;
    }

    private List<Action> actionPlan() {
        List<Action> actions = new ArrayList<>();
        for (Row row : filled.rows(TableIds.ACTION_PLAN)) {
            Map<String, List<String>> v = row.values();
            actions.add(new Action(row.rowId(), labels.coded(TableIds.ACTION_PLAN, "ffIndicator", v),
                    v.getOrDefault("familyMembers", List.of()), Answers.first(v, "need"), Answers.first(v, "action"),
                    Answers.first(v, "who"), Answers.first(v, "byWhen"), Answers.first(v, "hopedOutcome")));
        }
        return actions;
    }

    private Practitioner practitioner() {
        Map<String, List<String>> v = filled.answers("your-details");
        return new Practitioner(assessment.authorId(), Answers.first(v, "name"), Answers.first(v, "jobTitle"),
                Answers.first(v, "organisation"), Answers.first(v, "email"), Answers.first(v, "phone"),
                Answers.first(v, "locality"), Answers.first(v, "completedOn"));
    }

    private KeyPerson keyPerson() {
        Map<String, List<String>> v = filled.answers("key-person");
        if ("yes".equals(Answers.first(v, "isKeyPerson"))) {
            Practitioner practitioner = practitioner();
            return new KeyPerson(true, practitioner.name(), practitioner.jobTitle(), practitioner.organisation(),
                    practitioner.email(), practitioner.phone());
        }
        return new KeyPerson(false, Answers.first(v, "keyPersonName"), Answers.first(v, "keyPersonRole"),
                Answers.first(v, "keyPersonOrganisation"), Answers.first(v, "keyPersonEmail"),
                Answers.first(v, "keyPersonPhone"));
    }

    private FieldDefinition column(String tableId, String columnId) {
        return finished.form().sectionWithTable(tableId).map(s -> s.table().column(columnId)).orElse(null);
    }
}
