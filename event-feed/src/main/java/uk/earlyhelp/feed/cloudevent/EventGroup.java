package uk.earlyhelp.feed.cloudevent;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an integrator client may be allowed to read, by kind of event. The prefix is the start of every CloudEvents
 * {@code type} in the group, so a type names its group on its own.
 */
public enum EventGroup {
    /** Assessments started, edited, finished and deleted. */
    ASSESSMENTS("assessments", "uk.earlyhelp.assessment"),
    /** Child records and practitioners' links to them. */
    RELATIONSHIPS("relationships", "uk.earlyhelp.relationship"),
    /** Deliveries of finished assessments into Mosaic. */
    DELIVERIES("deliveries", "uk.earlyhelp.delivery");

    private final String code;
    private final String typePrefix;

    EventGroup(String code, String typePrefix) {
        this.code = code;
        this.typePrefix = typePrefix;
    }

    /** As stored and as shown to administrators and integrators. */
    public String code() {
        return code;
    }

    String typePrefix() {
        return typePrefix;
    }

    public static Optional<EventGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(group -> group.code.equals(code)).findFirst();
    }
}
