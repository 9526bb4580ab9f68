package uk.earlyhelp.portal.wizard.fields;

import java.util.List;
import java.util.Map;

/**
 * A page's errors twice over, as GOV.UK asks: the summary at the top, each linking to its input,
 * and the message beside each input (by field id).
 */
public record PageErrors(List<ErrorLink> summary, Map<String, String> inline) {

    public static PageErrors none() {
        return new PageErrors(List.of(), Map.of());
    }

    public boolean any() {
        return !summary.isEmpty();
    }
}
