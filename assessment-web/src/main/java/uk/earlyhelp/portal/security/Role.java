package uk.earlyhelp.portal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The people of DOMAIN.md who sign in (integrators use API tokens, not this). */
public enum Role {
    PRACTITIONER, COORDINATOR, AUDITOR, ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
