package uk.earlyhelp.portal.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in person. The username is their work email address, which is also the id commands carry
 * as the acting user; the display name is what the header shows.
 */
public class PortalUser extends User {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    /** The locality whose requests a coordinator handles; for everyone else, the locality they gave. May be null. */
    private final String locality;

    public PortalUser(String email, String password, String displayName, Collection<? extends GrantedAuthority> authorities) {
        this(email, password, displayName, null, authorities);
    }

    public PortalUser(String email, String password, String displayName, String locality,
                      Collection<? extends GrantedAuthority> authorities) {
        super(email, password, authorities);
        this.displayName = displayName;
        this.locality = locality;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLocality() {
        return locality;
    }

    /** The acting user's id for commands and queries. */
    public String id() {
        return getUsername();
    }
}
