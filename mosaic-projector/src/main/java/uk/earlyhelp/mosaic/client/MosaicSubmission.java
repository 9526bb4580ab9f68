package uk.earlyhelp.mosaic.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a delivery, as the contract defines it (docs/mosaic-delivery-contract.md). Typed parts for what Mosaic
 * files separately (family members, action plan, practitioner, key person), and every section of the form as
 * question-and-answer pairs, so nothing the practitioner wrote is lost whatever Mosaic maps. Dates are ISO
 * {@code yyyy-mm-dd}, instants ISO-8601 UTC; coded answers carry both the stable code and the label shown. The
 * assessment also travels as the PDF the practitioner downloads, for the case record.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MosaicSubmission(String submissionId, Form form, String submittedAt, String submittedBy,
                               List<FamilyMember> familyMembers, List<Section> sections, List<Action> actionPlan,
                               Practitioner practitioner, KeyPerson keyPerson, Document document) {

    /**
     * The assessment as a document: the portal's PDF.
     *
     * @param content base64 (RFC 4648, with padding) of the file
     * @param sha256  SHA-256 of the file (not of its base64), lower-case hex, so the receiver can check it arrived whole
     */
    public record Document(String fileName, String mediaType, String content, String sha256) {
    }

    /** The form and the version of its definition the assessment was completed on. */
    public record Form(String id, int version, String title) {
    }

    /** A value from a council's option list: the code never changes meaning, the label may be reworded. */
    public record Coded(String code, String label) {
    }

    /** Exactly one of dateOfBirth and expectedDateOfDelivery is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FamilyMember(String memberId, String name, String dateOfBirth, String expectedDateOfDelivery,
                               Coded gender, String placeOfWork, Coded relationship, Coded ethnicity) {
    }

    /** One section of the form: its answered questions and, if it has one, its table. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String id, String title, List<Answer> answers, Table table) {
    }

    /**
     * One answered question. {@code values} as stored (codes, ISO dates, text); {@code labels} as the practitioner
     * saw them, for coded answers only (choices, yes/no, family members named).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String id, String label, String type, List<String> values, List<String> labels) {
    }

    public record Table(String id, List<Row> rows) {
    }

    public record Row(String rowId, List<Answer> answers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String actionId, Coded familiesFirstIndicator, List<String> familyMemberIds, String need,
                         String action, String who, String byWhen, String hopedOutcome) {
    }

    /** Who completed the assessment ("Your details"), with their portal account id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Practitioner(String accountId, String name, String jobTitle, String organisation, String email,
                               String phone, String locality, String completedOn) {
    }

    /** The family's lead practitioner: the practitioner themselves, or the person named. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyPerson(boolean practitionerIsKeyPerson, String name, String role, String organisation,
                            String email, String phone) {
    }
}
