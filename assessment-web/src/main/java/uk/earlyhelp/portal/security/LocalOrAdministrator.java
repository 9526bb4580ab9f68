package uk.earlyhelp.portal.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a request through if it comes from this machine (the developer's browser) or from a signed-in
 * administrator. For developer pages that exist only in the embedded default, such as the local mail outbox.
 */
enum LocalOrAdministrator implements AuthorizationManager<RequestAuthorizationContext> {
    INSTANCE;

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication,
                                           RequestAuthorizationContext context) {
        Authentication user = authentication.get();
        boolean administrator = user != null && user.getAuthorities().contains(Role.ADMIN.authority());
        return new AuthorizationDecision(administrator || isLoopback(context.getRequest().getRemoteAddr()));
    }

    private static boolean isLoopback(String address) {
        try {
            // A literal address (Tomcat gives one), so this never looks a name up.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
