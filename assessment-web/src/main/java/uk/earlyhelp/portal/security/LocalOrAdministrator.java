package uk.earlyhelp.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a request through if it comes from this machine (the developer's browser) or from a signed-in
 * administrator. For developer pages that exist only in the embedded default, such as the local mail outbox.
 * "This machine" means a connection to the loopback interface from the loopback interface, carrying no forwarding
 * header: a proxy (on this machine or not) adds one, and with forwarded headers believed (as Spring Boot does on a
 * detected cloud platform) the remote address could otherwise be one the caller wrote.
 */
enum LocalOrAdministrator implements AuthorizationManager<RequestAuthorizationContext> {
    INSTANCE;

    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Real-IP", "X-Client-IP", "True-Client-IP", "CF-Connecting-IP");

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication,
                                           RequestAuthorizationContext context) {
        Authentication user = authentication.get();
        boolean administrator = user != null && user.getAuthorities().contains(Role.ADMIN.authority());
        return new AuthorizationDecision(administrator || isThisMachine(context.getRequest()));
    }

    private static boolean isThisMachine(HttpServletRequest request) {
        boolean forwarded = FORWARDING_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null);
        return !forwarded && isLoopback(request.getLocalAddr()) && isLoopback(request.getRemoteAddr());
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
