package uk.earlyhelp.mosaic.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import uk.earlyhelp.mosaic.delivery.FinishedAssessment;
import uk.earlyhelp.mosaic.delivery.Mosaic;
import uk.earlyhelp.mosaic.delivery.MosaicUnavailable;

/**
 * Delivers over HTTP as the contract says: a POST of the submission, keyed by the assessment id in the
 * {@code Idempotency-Key} header, answered with Mosaic's reference. Sorts every failure into worth retrying
 * (5xx, 408, 425, 429, timeouts, unreachable) or not (any other 4xx).
 */
public final class MosaicClient implements Mosaic {

    public static final String SUBMISSIONS_PATH = "early-help-assessments";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ObjectMapper json = new ObjectMapper();
    private final URI submissions;
    private final MosaicClientProperties properties;
    private final HttpClient http;

    public MosaicClient(URI baseUrl, MosaicClientProperties properties) {
        String base = baseUrl.toString();
        this.submissions = URI.create((base.endsWith("/") ? base : base + "/") + SUBMISSIONS_PATH);
        this.properties = properties;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        SSLContext tls = MosaicTls.context(properties.tls());
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    @Override
    public String deliver(FinishedAssessment assessment) {
        MosaicSubmission submission = SubmissionTranslation.translate(assessment);
        HttpRequest.Builder request = HttpRequest.newBuilder(submissions)
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(IDEMPOTENCY_KEY, submission.submissionId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(submission)));
        if (properties.apiKey().value() != null) {
            request.header(properties.apiKey().header(), properties.apiKey().value());
        }
        return MosaicAnswer.referenceFrom(send(request.build()), json);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new MosaicUnavailable("Mosaic could not be reached within " + seconds(properties.connectTimeout()), e);
        } catch (HttpTimeoutException e) {
            throw new MosaicUnavailable("Mosaic did not answer within " + seconds(properties.readTimeout()), e);
        } catch (ConnectException e) {
            throw new MosaicUnavailable("Mosaic could not be reached (connection refused)", e);
        } catch (IOException e) {
            throw new MosaicUnavailable("Mosaic could not be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MosaicUnavailable("Delivery was interrupted", e);
        }
    }

    private byte[] body(MosaicSubmission submission) {
        try {
            return json.writeValueAsBytes(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the submission as JSON", e);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** The endpoint deliveries go to, for logs and tests. */
    public URI submissions() {
        return submissions;
    }
}
