package uk.earlyhelp.portal.wizard.conflict;

import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * What a section page's save is based on, carried by two hidden inputs of the page (and so by autosave, which posts
 * the page's form, and by a save kept over a session time-out): the section's version the page was drawn from, and a
 * random id of that drawing, so its own saves never conflict with each other. The inputs' names are not possible
 * field ids, so they never mix with answers.
 */
public record SaveBase(Integer version, String page) {

    public static final String VERSION = "wizard-based-on";
    public static final String PAGE = "wizard-page";

    /** A new drawing of a page at {@code version}. */
    public static SaveBase drawnAt(int version) {
        return new SaveBase(version, UUID.randomUUID().toString());
    }

    /** What a post says it was based on; an old page's post carries neither (null: it replaces as it always did). */
    public static SaveBase posted(MultiValueMap<String, String> params) {
        String page = params.getFirst(PAGE);
        return new SaveBase(number(params.getFirst(VERSION)), page == null || page.isBlank() || page.length() > 64 ? null : page);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
