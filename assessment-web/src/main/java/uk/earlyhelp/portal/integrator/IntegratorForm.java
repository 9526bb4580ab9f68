package uk.earlyhelp.portal.integrator;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.account.FormErrors;

/**
 * "Add an integrator client" as posted; all of it goes back into the page when there is a problem.
 *
 * @param groups   the codes of the event groups ticked
 * @param redacted "yes" or "no"
 */
record IntegratorForm(String name, List<String> groups, String redacted) {

    static final int NAME_LENGTH = 100;

    static IntegratorForm empty() {
        return new IntegratorForm("", List.of(), "");
    }

    IntegratorForm {
        name = name == null ? "" : name;
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    void check(FormErrors errors) {
        if (name.isBlank()) {
            errors.add("name", "integrators.error.name.missing");
        } else if (name.strip().length() > NAME_LENGTH) {
            errors.add("name", "integrators.error.name.tooLong", NAME_LENGTH);
        }
        if (eventGroups().isEmpty() || eventGroups().size() != groups.size()) {
            errors.add("groups", "integrators.error.groups");
        }
        if (!"yes".equals(redacted) && !"no".equals(redacted)) {
            errors.add("redacted", "integrators.error.redacted");
        }
    }

    /** Only the codes that name a group; a tampered one makes {@link #check} refuse the form. */
    Set<EventGroup> eventGroups() {
        Set<EventGroup> chosen = EnumSet.noneOf(EventGroup.class);
        groups.stream().map(EventGroup::ofCode).flatMap(Optional::stream).forEach(chosen::add);
        return chosen;
    }

    boolean isRedacted() {
        return "yes".equals(redacted);
    }
}
