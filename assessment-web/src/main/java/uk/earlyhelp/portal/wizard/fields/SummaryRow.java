package uk.earlyhelp.portal.wizard.fields;

import java.util.List;

/**
 * One row of a GOV.UK summary list.
 *
 * @param lines        the answer, one line each; empty when not answered
 * @param changeHref   where to change it, or null on a read-only page
 * @param changeHidden what is being changed, for screen readers ("Change <question>")
 */
public record SummaryRow(String key, List<String> lines, String changeHref, String changeHidden) {
}
