package uk.earlyhelp.portal.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in person. The username is their account id (the {@code account} table's UUID), which is the id commands
 * carry as the acting user and events name them by (ADR 0009, 0032): never the email address, which is kept here only
 * for what needs an address (a trusted browser's signature). The display name is what the header shows.
 */
public class PortalUser extends User {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final String displayName;
    /** The locality whose requests a coordinator handles; for everyone else, the locality they gave. May be null. */
    private final String locality;

    public PortalUser(String accountId, String email, String password, String displayName,
                      Collection<? extends GrantedAuthority> authorities) {
        this(accountId, email, password, displayName, null, authorities);
    }

    public PortalUser(String accountId, String email, String password, String displayName, String locality,
                      Collection<? extends GrantedAuthority> authorities) {
        super(accountId, password, authorities);
        this.email = email;
        this.displayName = displayName;
        this.locality = locality;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLocality() {
        return locality;
    }

    /** The work email address they signed in with: for sign-in machinery only, never for events or read models. */
    public String email() {
        return email;
    }

    /** The acting user's account id for commands and queries. */
    public String id() {
        return getUsername();
    }
}
