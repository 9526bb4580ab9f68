package uk.earlyhelp.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormDefinitionReaderTest {

    @Test
    void theShippedEarlyHelpAssessmentDefinitionIsReadWithEverySectionOfTheDomain() {
        FormDefinition form = new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml");

        assertThat(form.id()).isEqualTo("early-help-assessment");
        assertThat(form.version()).isEqualTo(1);
        assertThat(form.sections()).extracting(SectionDefinition::id).containsExactly("family-details", "assessment",
                "action-plan", "consent", "presenting-needs", "outcome", "your-details", "key-person");
        assertThat(form.section("assessment").orElseThrow().gate().message()).contains("MASH");
        assertThat(form.options("ethnicity")).hasSize(20);
        assertThat(form.options("presentingNeed")).hasSize(23);
    }

    @Test
    void yourDetailsArePreFilledFromTheAccountAndToday() {
        FormDefinition form = new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml");

        assertThat(form.section("your-details").orElseThrow().fields()).extracting(FieldDefinition::prefill)
                .containsExactly(Prefill.ACCOUNT_NAME, Prefill.ACCOUNT_JOB_TITLE, Prefill.ACCOUNT_ORGANISATION,
                        Prefill.ACCOUNT_EMAIL, Prefill.ACCOUNT_PHONE, Prefill.ACCOUNT_LOCALITY, Prefill.TODAY);
        assertThat(form.sections()).filteredOn(section -> !section.id().equals("your-details"))
                .flatExtracting(SectionDefinition::fields).extracting(FieldDefinition::prefill).containsOnlyNulls();
    }

    @Test
    void aPrefillThatDoesNotFitTheFieldsTypeIsRefused() {
        assertThatThrownBy(() -> read("bad-prefill.yaml", """
                id: f
                version: 1
                title: F
                sections:
                  - id: family-details
                    title: Family
                    table:
                      id: family-members
                      rowName: family member
                      columns:
                        - { id: name, label: Name, type: text, maxLength: 100 }
                  - id: your-details
                    title: Your details
                    fields:
                      - { id: name, label: Your name, type: date, prefill: account_name }
                      - { id: completedOn, label: Date, type: text, maxLength: 10, prefill: today }
                """))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("field 'name' is pre-filled from the account but is not text")
                .hasMessageContaining("field 'completedOn' is pre-filled with today but is not a date");
    }

    @Test
    void aFieldNamingAnUndefinedOptionListIsRefusedNamingTheFileAndTheField() {
        assertThatThrownBy(() -> read("bad-options.yaml", """
                id: f
                version: 1
                title: F
                optionLists:
                  ethnicity:
                    - { code: white-british, label: White British }
                sections:
                  - id: family-details
                    title: Family
                    table:
                      id: family-members
                      rowName: family member
                      minRows: 1
                      columns:
                        - { id: ethnicity, label: Ethnicity, type: choice, options: ethnicities, required: true }
                """))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("bad-options.yaml")
                .hasMessageContaining("field 'ethnicity' names option list 'ethnicities', which is not defined");
    }

    @Test
    void everyProblemInADefinitionIsReportedAtOnce() {
        assertThatThrownBy(() -> read("many.yaml", """
                id: f
                version: 0
                title: F
                optionLists: { empty: [] }
                sections:
                  - id: s
                    title: S
                    fields:
                      - { id: a, label: A, type: text }
                      - { id: a, label: A again, type: yes_no, maxLength: 3 }
                      - { id: b, label: B, type: text, maxLength: 10, requiredWhen: { field: nowhere, equals: x } }
                """))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("many.yaml")
                .hasMessageContaining("the version must be 1 or more")
                .hasMessageContaining("option list 'empty' is empty")
                .hasMessageContaining("field 'a' needs a maxLength from 1 to 4000")
                .hasMessageContaining("field 'a' appears twice")
                .hasMessageContaining("field 'a' has a maxLength but is not text")
                .hasMessageContaining("requiredWhen refers to 'nowhere'")
                .hasMessageContaining("the form has no table 'family-members'");
    }

    @Test
    void aMisspeltPropertyIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> read("typo.yaml", """
                id: f
                version: 1
                title: F
                sections:
                  - id: family-details
                    title: Family
                    fields:
                      - { id: notes, label: Notes, type: text, maxLenght: 100 }
                """))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("typo.yaml")
                .hasMessageContaining("maxLenght");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read("empty.yaml", ""))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("empty.yaml");
    }

    @Test
    void aGateWithoutTheSafeguardingMessageIsRefused() {
        assertThatThrownBy(() -> read("gate.yaml", """
                id: f
                version: 1
                title: F
                sections:
                  - id: assessment
                    title: Assessment
                    gate: { field: harm, stopWhen: "yes" }
                    fields:
                      - { id: harm, label: "Harm?", type: yes_no }
                    table:
                      id: family-members
                      rowName: family member
                      minRows: 1
                      columns:
                        - { id: name, label: Name, type: text, maxLength: 1000, required: true }
                """))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("gate has no message");
    }

    @Test
    void twoFilesClaimingTheSameFormVersionAreRefused() {
        FormDefinition form = new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml");

        assertThatThrownBy(() -> new FormDefinitions(List.of(form, form)))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("version 1 is defined twice");
    }

    private static FormDefinition read(String source, String yaml) {
        return new FormDefinitionReader().read(source, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
