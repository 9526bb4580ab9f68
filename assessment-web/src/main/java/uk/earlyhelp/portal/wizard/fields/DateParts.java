package uk.earlyhelp.portal.wizard.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A GOV.UK date input's day, month and year as typed, and the ISO date (yyyy-mm-dd) they make.
 * All three blank is no answer; anything else must be a real date, or it never reaches a command.
 */
public record DateParts(String day, String month, String year) {

    public static final String DAY = "-day";
    public static final String MONTH = "-month";
    public static final String YEAR = "-year";

    /** What is wrong with what was typed, as a message key and the missing parts (for "must include a …"). */
    public record Problem(String messageKey, List<String> missingParts) {
    }

    public static DateParts fromIso(String iso) {
        try {
            LocalDate date = LocalDate.parse(iso);
            return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                    String.valueOf(date.getYear()));
        } catch (DateTimeParseException | NullPointerException e) {
            return new DateParts("", "", "");
        }
    }

    public boolean blank() {
        return blank(day) && blank(month) && blank(year);
    }

    public Problem problem() {
        if (blank()) return null;
        List<String> missing = new ArrayList<>();
        if (blank(day)) missing.add("day");
        if (blank(month)) missing.add("month");
        if (blank(year)) missing.add("year");
        if (!missing.isEmpty()) return new Problem("wizard.date.incomplete." + String.join("-", missing), missing);
        if (!digits(day) || !digits(month) || !digits(year)) return new Problem("wizard.date.notReal", List.of());
        if (year.strip().length() != 4) return new Problem("wizard.date.yearDigits", List.of());
        return toDate() == null ? new Problem("wizard.date.notReal", List.of()) : null;
    }

    /** The ISO date, or null when blank or not a real date. */
    public String iso() {
        return blank() || problem() != null ? null : toDate().toString();
    }

    private LocalDate toDate() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String part) {
        String s = part.strip();
        return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(Character::isDigit);
    }

    private static boolean blank(String part) {
        return part == null || part.isBlank();
    }
}
