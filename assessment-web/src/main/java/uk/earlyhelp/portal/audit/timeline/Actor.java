package uk.earlyhelp.portal.audit.timeline;

/**
 * Who an event names as having acted, as an auditor reads it.
 *
 * @param id           what the event's metadata holds (today an account's email address; perhaps its id later)
 * @param accountId    the account it resolved to, or null for the portal itself or an id no account has
 * @param role         the role's wording, or null when not an account
 * @param organisation the account's organisation, or null
 */
public record Actor(String id, String name, String accountId, String role, String organisation) {

    /** "Name (Role, Organisation)", for exports and one-line displays. */
    public String described() {
        if (role == null) return name;
        return organisation == null || organisation.isBlank() ? name + " (" + role + ")"
                : name + " (" + role + ", " + organisation + ")";
    }
}
