package uk.earlyhelp.portal.relationship.links;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a coordinator typed in the search box of a link request's page: part of a child's name, or a date of birth.
 * Anything made only of digits and date separators is taken for a date (no name is), so "14/03/2019", "14-3-2019",
 * "14.03.2019", "14 3 2019" and "2019-03-14" all find the children born that day, and "31/02/2019" is an error.
 *
 * @param typed       as typed, shown again in the box
 * @param namePart    the name part to search for; empty when searching by date or not at all
 * @param dateOfBirth {@code yyyy-mm-dd}; empty unless a date was typed
 * @param errorKey    the message key of what is wrong with it; null if nothing is
 */
record ChildSearch(String typed, String namePart, String dateOfBirth, String errorKey) {

    /** Longer than any name the portal holds (first and last name, 100 characters each, and a space). */
    static final int MAX_LENGTH = 201;
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9][0-9 /.\\-]*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[ /.\\-]+(\\d{1,2})[ /.\\-]+(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    static ChildSearch of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            return new ChildSearch(text, "", "", "links.decision.search.error.tooLong");
        }
        if (!DATE_LIKE.matcher(text).matches()) {
            return new ChildSearch(text, text, "", null);
        }
        LocalDate date = date(text);
        return date == null ? new ChildSearch(text, "", "", "links.decision.search.error.date")
                : new ChildSearch(text, "", date.toString(), null);
    }

    boolean isEmpty() {
        return typed.isEmpty();
    }

    boolean isValid() {
        return errorKey == null;
    }

    private static LocalDate date(String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Matcher ymd = YEAR_MONTH_DAY.matcher(text);
        try {
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
            if (ymd.matches()) {
                return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3)));
            }
        } catch (DateTimeException notARealDate) {
            return null;
        }
        return null;
    }
}
