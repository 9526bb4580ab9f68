package uk.earlyhelp.portal.relationship.myrequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How long a declined request stays on the practitioner's dashboard, as a council's configuration sets it. */
class MyRequestsPropertiesTest {

    private static final String PREFIX = "portal.relationships.my-requests";

    @Test
    void unsetADeclinedRequestIsShownForThirtyDays() {
        assertThat(bind(Map.of()).declinedShownFor()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aCouncilSetsItsOwnPeriodAndNoneAtAllIsAllowed() {
        assertThat(bind(Map.of(PREFIX + ".declined-shown-for", "14d")).declinedShownFor()).isEqualTo(Duration.ofDays(14));
        assertThat(bind(Map.of(PREFIX + ".declined-shown-for", "0s")).declinedShownFor()).isZero();
    }

    @Test
    void aNegativePeriodIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of(PREFIX + ".declined-shown-for", "-1d")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("must not be negative");
    }

    private static MyRequestsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate(PREFIX, MyRequestsProperties.class);
    }
}
