package uk.earlyhelp.feed.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which endpoints a webhook may have: HTTPS, or plain HTTP to this machine when the embedded default allows it. */
public final class WebhookAddress {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private WebhookAddress() {
    }

    public static Optional<URI> check(String url, boolean allowLoopbackHttp) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
            boolean allowed = "https".equals(scheme) || ("http".equals(scheme) && allowLoopbackHttp && loopback);
            return allowed && uri.getHost() != null && uri.getUserInfo() == null && url.length() <= 500
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }
}
