package uk.earlyhelp.feed.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void aCursorKeepsTheTokensIndexAndEveryGap() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(42, List.of(7L, 40L));

        GapAwareTrackingToken read = FeedCursor.decode(FeedCursor.encode(token));

        assertThat(read.getIndex()).isEqualTo(42);
        assertThat(read.getGaps()).containsExactly(7L, 40L);
        assertThat(FeedCursor.encode(token)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anythingElseIsABadCursor() {
        for (String bad : List.of("", "!!!", encoded("{}"), encoded("{\"v\":2,\"i\":1}"), encoded("{\"v\":1,\"i\":-5}"),
                encoded("{\"v\":1,\"i\":3,\"g\":[3]}"), encoded("{\"v\":1,\"i\":\"x\"}"), encoded("[1]"), "e30")) {
            assertThatThrownBy(() -> FeedCursor.decode(bad)).as(bad).isInstanceOf(BadCursor.class);
        }
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
