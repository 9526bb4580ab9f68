package uk.earlyhelp.feed.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsAsTheStandardWebhooksExampleSays() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifiesAnyOfSeveralSignaturesAndRefusesAChangedBodyIdOrTime() {
        String header = "v1,bm9wZQ== " + WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY.replace('2', '3'), header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID + "x", TIMESTAMP, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, header)).isFalse();
        assertThat(WebhookSignature.newSecret()).startsWith("whsec_").isNotEqualTo(WebhookSignature.newSecret());
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheCapVariedByTheJitter() {
        WebhookProperties properties = new WebhookProperties(8, Duration.ofSeconds(2), Duration.ofSeconds(30), 0.2,
                Duration.ofSeconds(10), false);

        assertThat(properties.waitAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.waitAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(properties.waitAfter(4, 0.5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(properties.waitAfter(7, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.waitAfter(2, 0.0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(properties.waitAfter(2, 0.999_999)).isBetween(Duration.ofMillis(4799), Duration.ofMillis(4800));
    }
}
