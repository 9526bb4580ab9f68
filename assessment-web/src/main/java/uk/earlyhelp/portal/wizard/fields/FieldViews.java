package uk.earlyhelp.portal.wizard.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.Condition;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FieldType;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.Option;
import uk.earlyhelp.portal.wizard.WizardMessages;

/** Builds a page's questions from the form definition: the input for each type, options, typed values, errors. */
@Component
public class FieldViews {

    private final WizardMessages messages;

    FieldViews(WizardMessages messages) {
        this.messages = messages;
    }

    /**
     * @param errors      inline error messages by field id
     * @param memberNames the family, for "family members concerned" checkboxes
     */
    public List<FieldView> views(FormDefinition form, List<FieldDefinition> fields, SectionForm typed,
                                 Map<String, String> errors, Map<String, String> memberNames) {
        Page page = new Page(form, fields, typed, errors, memberNames);
        return fields.stream().filter(f -> !page.nested(f)).map(page::view).toList();
    }

    private final class Page {
        private final FormDefinition form;
        private final List<FieldDefinition> fields;
        private final SectionForm typed;
        private final Map<String, String> errors;
        private final Map<String, String> memberNames;

        Page(FormDefinition form, List<FieldDefinition> fields, SectionForm typed, Map<String, String> errors,
             Map<String, String> memberNames) {
            this.form = form;
            this.fields = fields;
            this.typed = typed;
            this.errors = errors;
            this.memberNames = memberNames;
        }

        FieldView view(FieldDefinition field) {
            String error = errors.get(field.id());
            return switch (field.type()) {
                case TEXT -> new FieldView(field.id(), field.label(), hint(field),
                        field.maxLength() > InputKind.SHORT_TEXT ? InputKind.TEXTAREA : InputKind.TEXT_INPUT,
                        field.maxLength(), typed.typedOne(field.id()), null, List.of(), error, false);
                case DATE -> new FieldView(field.id(), field.label(), dateHint(field), InputKind.DATE, null, null,
                        new DateParts(typed.typedOne(field.id() + DateParts.DAY), typed.typedOne(field.id() + DateParts.MONTH),
                                typed.typedOne(field.id() + DateParts.YEAR)), List.of(), error, false);
                case CHOICE, YES_NO -> choices(field, InputKind.RADIOS, error);
                case CHOICES, FAMILY_MEMBERS -> choices(field, InputKind.CHECKBOXES, error);
            };
        }

        // GOV.UK asks for an example date in every date input's hint.
        private String dateHint(FieldDefinition field) {
            String example = messages.text("wizard.date.example");
            String hint = hint(field);
            return hint == null ? example : hint + " " + example;
        }

        /** The definition's hint, led by when the question applies if it follows a radio answer (not revealed by it). */
        private String hint(FieldDefinition field) {
            Condition when = field.requiredWhen();
            FieldDefinition controller = when == null ? null
                    : fields.stream().filter(f -> f.id().equals(when.field())).findFirst().orElse(null);
            if (controller == null || nested(field)) return field.hint();
            String answer = options(controller).stream().filter(o -> o.code().equals(when.equals()))
                    .map(Option::label).findFirst().orElse(when.equals());
            String applies = messages.text("wizard.onlyWhen", controller.label(), answer);
            return field.hint() == null ? applies : applies + " " + field.hint();
        }

        private FieldView choices(FieldDefinition field, InputKind kind, String error) {
            List<String> chosen = typed.typed(field.id());
            List<OptionView> options = new ArrayList<>();
            for (Option option : options(field)) {
                String inputId = options.isEmpty() ? field.id() : field.id() + "-" + option.code();
                List<FieldView> revealed = fields.stream().filter(f -> revealedBy(f, field, option)).map(this::view).toList();
                options.add(new OptionView(option.code(), option.label(), inputId, chosen.contains(option.code()), revealed));
            }
            boolean inline = field.type() == FieldType.YES_NO && options.stream().noneMatch(OptionView::reveals);
            String hint = field.type() == FieldType.FAMILY_MEMBERS && options.isEmpty()
                    ? messages.text("wizard.familyMembers.none") : hint(field);
            return new FieldView(field.id(), field.label(), hint, kind, null, null, null, options, error, inline);
        }

        private List<Option> options(FieldDefinition field) {
            return switch (field.type()) {
                case YES_NO -> List.of(new Option("yes", messages.text("wizard.yes")), new Option("no", messages.text("wizard.no")));
                case FAMILY_MEMBERS -> memberNames.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
                case CHOICE, CHOICES -> form.options(field.options());
                default -> List.of();
            };
        }

        /** A question shown inside another's option: it is only asked when that option is chosen. */
        boolean nested(FieldDefinition field) {
            return fields.stream().anyMatch(other -> options(other).stream().anyMatch(o -> revealedBy(field, other, o)));
        }

        // Checkboxes only: GOV.UK's script marks a revealing radio aria-expanded, which ARIA does not allow on a radio
        // (govuk-frontend#979), and axe reports it as a WCAG 4.1.2 failure. Questions after a radio answer are shown
        // as they are, with a hint saying when they apply.
        private boolean revealedBy(FieldDefinition field, FieldDefinition controller, Option option) {
            Condition when = field.requiredWhen();
            return when != null && controller.type() == FieldType.CHOICES && when.field().equals(controller.id())
                    && when.equals().equals(option.code());
        }
    }
}
