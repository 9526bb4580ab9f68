package uk.earlyhelp.assessment.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything that must be true of a definition before any assessment may use it. */
final class FormDefinitionCheck {

    private static final int LONGEST_TEXT = 4000;

    private final FormDefinition form;
    private final List<String> problems = new ArrayList<>();

    FormDefinitionCheck(FormDefinition form) {
        this.form = form;
    }

    List<String> problems() {
        if (blank(form.id())) problems.add("the form has no id");
        if (form.version() < 1) problems.add("the version must be 1 or more");
        if (blank(form.title())) problems.add("the form has no title");
        if (form.sections().isEmpty()) problems.add("the form has no sections");
        form.optionLists().forEach(this::checkOptionList);
        Set<String> sectionIds = new HashSet<>();
        Set<String> tableIds = new HashSet<>();
        for (SectionDefinition section : form.sections()) {
            String where = "section '" + section.id() + "'";
            if (blank(section.id())) problems.add("a section has no id");
            else if (!sectionIds.add(section.id())) problems.add(where + " appears twice");
            if (blank(section.title())) problems.add(where + " has no title");
            if (!section.hasQuestions() && section.table() == null) problems.add(where + " has neither fields nor a table");
            checkFields(where, section.fields());
            if (section.table() != null) {
                TableDefinition table = section.table();
                String tableWhere = "table '" + table.id() + "'";
                if (blank(table.id())) problems.add(where + " has a table without an id");
                else if (!tableIds.add(table.id())) problems.add(tableWhere + " appears twice");
                if (blank(table.rowName())) problems.add(tableWhere + " has no rowName");
                if (table.minRows() < 0) problems.add(tableWhere + " has a negative minRows");
                if (table.columns().isEmpty()) problems.add(tableWhere + " has no columns");
                checkFields(tableWhere, table.columns());
            }
            checkGate(where, section);
        }
        if (form.sectionWithTable(TableIds.FAMILY_MEMBERS).isEmpty()) {
            problems.add("the form has no table '" + TableIds.FAMILY_MEMBERS + "' (the family members)");
        }
        return problems;
    }

    private void checkOptionList(String name, List<Option> options) {
        if (options == null || options.isEmpty()) {
            problems.add("option list '" + name + "' is empty");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (Option option : options) {
            if (option == null || blank(option.code()) || blank(option.label())) {
                problems.add("option list '" + name + "' has an option without a code or label");
            } else if (!codes.add(option.code())) {
                problems.add("option list '" + name + "' has the code '" + option.code() + "' twice");
            }
        }
    }

    private void checkFields(String where, List<FieldDefinition> fields) {
        Set<String> ids = new HashSet<>();
        for (FieldDefinition field : fields) {
            String at = where + " field '" + field.id() + "'";
            if (blank(field.id())) problems.add(where + " has a field without an id");
            else if (!ids.add(field.id())) problems.add(at + " appears twice");
            if (blank(field.label())) problems.add(at + " has no label");
            if (field.type() == null) {
                problems.add(at + " has no type");
                continue;
            }
            checkType(at, field);
            checkCondition(at, "requiredWhen", field.requiredWhen(), fields);
            checkCondition(at, "expectedDeliveryWhen", field.expectedDeliveryWhen(), fields);
        }
    }

    private void checkType(String at, FieldDefinition field) {
        switch (field.type()) {
            case TEXT -> {
                if (field.maxLength() == null || field.maxLength() < 1 || field.maxLength() > LONGEST_TEXT) {
                    problems.add(at + " needs a maxLength from 1 to " + LONGEST_TEXT);
                }
            }
            case CHOICE, CHOICES -> {
                if (blank(field.options())) problems.add(at + " needs an option list");
                else if (!form.optionLists().containsKey(field.options())) {
                    problems.add(at + " names option list '" + field.options() + "', which is not defined");
                }
            }
            case DATE -> {
                if (field.effectiveDateRule() == DateRule.BIRTH_OR_EXPECTED_DELIVERY && field.expectedDeliveryWhen() == null) {
                    problems.add(at + " needs expectedDeliveryWhen for its birth-or-expected-delivery rule");
                }
            }
            default -> { }
        }
        if (field.type() != FieldType.TEXT && field.maxLength() != null) problems.add(at + " has a maxLength but is not text");
        if (field.type() != FieldType.DATE && field.dateRule() != null) problems.add(at + " has a dateRule but is not a date");
        if (field.prefill() == Prefill.TODAY && field.type() != FieldType.DATE) {
            problems.add(at + " is pre-filled with today but is not a date");
        } else if (field.prefill() != null && field.prefill() != Prefill.TODAY && field.type() != FieldType.TEXT) {
            problems.add(at + " is pre-filled from the account but is not text");
        }
    }

    private void checkCondition(String at, String name, Condition condition, List<FieldDefinition> siblings) {
        if (condition == null) return;
        boolean known = siblings.stream().anyMatch(f -> f.id() != null && f.id().equals(condition.field()));
        if (!known) problems.add(at + " " + name + " refers to '" + condition.field() + "', which is not a field beside it");
        if (blank(condition.equals())) problems.add(at + " " + name + " has no value to compare");
    }

    private void checkGate(String where, SectionDefinition section) {
        Gate gate = section.gate();
        if (gate == null) return;
        FieldDefinition field = section.field(gate.field());
        if (field == null) problems.add(where + " gate refers to '" + gate.field() + "', which is not a field of the section");
        if (blank(gate.stopWhen())) problems.add(where + " gate has no stopWhen value");
        if (blank(gate.message())) problems.add(where + " gate has no message (the safeguarding contact)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
