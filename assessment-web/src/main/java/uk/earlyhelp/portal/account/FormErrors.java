package uk.earlyhelp.portal.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The problems with a posted account form, in the order of its fields: each shown inline ({@code fieldErrors}) and
 * in the GOV.UK error summary ({@code errors}), which links to the field's id.
 */
public final class FormErrors {

    /** One line of the error summary. */
    public record Problem(String href, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Locale locale;

    public FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The first problem with a field is the one shown. */
    public FormErrors add(String field, String messageKey, Object... arguments) {
        byField.putIfAbsent(field, messages.getMessage(messageKey, arguments, locale));
        return this;
    }

    /** A message already in words, e.g. a rule the domain refused a command with. */
    public FormErrors addText(String field, String text) {
        byField.putIfAbsent(field, text);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public void addTo(Model model) {
        List<Problem> summary = byField.entrySet().stream().map(e -> new Problem("#" + e.getKey(), e.getValue())).toList();
        model.addAttribute("errors", summary);
        model.addAttribute("fieldErrors", Map.copyOf(byField));
    }

    /** For a page shown without problems: the templates read both attributes either way. */
    public static void noneIn(Model model) {
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
    }
}
