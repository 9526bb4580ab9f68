package uk.earlyhelp.portal.wizard.fields;

import java.util.List;

/**
 * One radio or checkbox. {@code revealed} are the questions that only apply when this option is
 * chosen (GOV.UK conditional reveal); without JavaScript they are simply always shown.
 */
public record OptionView(String code, String label, String inputId, boolean checked, List<FieldView> revealed) {

    public boolean reveals() {
        return !revealed.isEmpty();
    }

    public String conditionalId() {
        return "conditional-" + inputId;
    }
}
