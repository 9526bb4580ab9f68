package uk.earlyhelp.feed.webhook;

import java.net.URI;

/** A client's endpoint and the secret its deliveries are signed with. */
public record Webhook(String clientId, URI url, String secret) {

    @Override
    public String toString() {
        return "Webhook[client=" + clientId + ", url=" + url + "]";
    }
}
