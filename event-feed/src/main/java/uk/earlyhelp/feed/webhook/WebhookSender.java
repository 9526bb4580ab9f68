package uk.earlyhelp.feed.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;

/**
 * One delivery attempt: a POST of one CloudEvent (structured JSON) with the Standard Webhooks headers. The message id
 * is the event's id, the same on every retry, so the receiver can drop a repeat. Redirects are not followed.
 */
final class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final HttpClient http;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Empty when delivered (any 2xx); else why not, in words fit for an administrator (never the response body). */
    Optional<String> send(Webhook webhook, String messageId, String body) throws InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(webhook.url()).timeout(properties.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(webhook.secret(), messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Optional.empty() : Optional.of("The endpoint answered HTTP " + status);
        } catch (HttpTimeoutException slow) {
            return Optional.of("The endpoint did not answer within " + properties.timeout().toSeconds() + " s");
        } catch (IOException unreachable) {
            return Optional.of("The endpoint could not be reached (" + unreachable.getClass().getSimpleName() + ")");
        }
    }
}
