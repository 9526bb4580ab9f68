package uk.earlyhelp.portal.relationship;

/**
 * A date typed as GOV.UK's three boxes, turned into the {@code yyyy-mm-dd} the domain checks. What is not a date
 * stays not a date (the domain then says "must be a real date"), so one set of rules decides.
 */
public record DateOfBirth(String day, String month, String year) {

    public DateOfBirth {
        day = day == null ? "" : day.strip();
        month = month == null ? "" : month.strip();
        year = year == null ? "" : year.strip();
    }

    public static DateOfBirth of(String iso) {
        String[] parts = iso == null ? new String[0] : iso.split("-");
        return parts.length == 3 ? new DateOfBirth(strip(parts[2]), strip(parts[1]), parts[0]) : new DateOfBirth("", "", "");
    }

    public String iso() {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return "";
        }
        if (day.matches("\\d{1,2}") && month.matches("\\d{1,2}") && year.matches("\\d{4}")) {
            return year + "-" + pad(month) + "-" + pad(day);
        }
        return "not-a-date";
    }

    /** As dd/mm/yyyy, the way DOMAIN.md shows dates. */
    public static String shown(String iso) {
        DateOfBirth date = of(iso);
        return date.year.isEmpty() ? "" : pad(date.day) + "/" + pad(date.month) + "/" + date.year;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static String strip(String number) {
        return number.startsWith("0") && number.length() == 2 ? number.substring(1) : number;
    }
}
