package uk.earlyhelp.portal.session;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a request came from one of the portal's own pages. A kept save skips the CSRF token (its session, which
 * held the token, has ended), so this stands in for it: browsers set {@code Sec-Fetch-Site} and {@code Origin}
 * themselves and no other site's page can forge them. A request with neither is not kept.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean of(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }
}
