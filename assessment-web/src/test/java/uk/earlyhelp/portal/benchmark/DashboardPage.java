package uk.earlyhelp.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark checks on every dashboard it fetches, so a fast answer is also a right one: the My Assessments
 * table with the rows expected, each row's family matching the search, and the pagination reaching the last page.
 */
final class DashboardPage {

    static final int PAGE_SIZE = 20;

    private static final String TABLE = "id=\"my-assessments\"";
    // A row's first two cells: the form, then the family (the forms table's first cell has another class).
    private static final Pattern ROW = Pattern.compile(
            "<tr class=\"govuk-table__row\"[^>]*>\\s*<td class=\"govuk-table__cell\">[^<]*</td>\\s*"
                    + "<td class=\"govuk-table__cell\">([^<]*)</td>");

    private DashboardPage() {
    }

    /** @param term what was searched for ("" for none); {@code matches} how many of the practitioner's it should find */
    static void check(SignedInClient.Timed page, String term, long matches) {
        if (page.status() != 200) {
            throw new AssertionError("HTTP " + page.status() + " for search '" + term + "'");
        }
        String body = page.body();
        if (matches == 0) {
            if (!body.contains("id=\"no-match\"") || body.contains(TABLE)) {
                throw new AssertionError("search '" + term + "' should find nothing, and say so");
            }
            return;
        }
        List<String> families = families(body);
        long expectedRows = Math.min(PAGE_SIZE, matches);
        if (families.size() != expectedRows) {
            throw new AssertionError("search '" + term + "': " + families.size() + " rows, expected " + expectedRows);
        }
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        for (String family : families) {
            if (!family.toLowerCase(Locale.ROOT).contains(wanted)) {
                throw new AssertionError("search '" + term + "' listed a family without it: " + family);
            }
        }
        long lastPage = (matches + PAGE_SIZE - 1) / PAGE_SIZE;
        if (lastPage > 1 && !body.contains("page=" + lastPage + "\"")) {
            throw new AssertionError("search '" + term + "': no link to the last page, " + lastPage);
        }
    }

    /** The family column of the My Assessments table, unescaped; empty when the page has no such table. */
    static List<String> families(String body) {
        int start = body.indexOf(TABLE);
        if (start < 0) {
            return List.of();
        }
        int end = body.indexOf("</table>", start);
        if (end < 0) {
            throw new AssertionError("the My Assessments table is cut short: the page failed while rendering");
        }
        Matcher row = ROW.matcher(body.substring(start, end));
        List<String> families = new ArrayList<>();
        while (row.find()) {
            families.add(unescape(row.group(1).strip()));
        }
        return families;
    }

    // Thymeleaf escapes only these five in text; every other character (ś, Ó) arrives as itself.
    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
