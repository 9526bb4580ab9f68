package uk.earlyhelp.portal.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and days as the administrators' pages show them, in the council's time zone (that of the portal's clock). */
record AdminTimes(ZoneId zone) {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** Blank for none. */
    String dayAndTime(Instant at) {
        return at == null ? "" : DAY_AND_TIME.format(at.atZone(zone));
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    static String heading(LocalDate day) {
        return DAY_HEADING.format(day);
    }
}
