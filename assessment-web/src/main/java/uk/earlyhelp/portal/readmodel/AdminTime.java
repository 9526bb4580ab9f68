package uk.earlyhelp.portal.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as the read models page shows them: to the second, in the council's time zone (the portal clock's). */
@Component
class AdminTime {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Clock clock;

    AdminTime(Clock clock) {
        this.clock = clock;
    }

    /** Blank for none. */
    String format(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(clock.getZone()));
    }
}
