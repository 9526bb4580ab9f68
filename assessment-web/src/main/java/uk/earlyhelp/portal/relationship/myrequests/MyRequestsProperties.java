package uk.earlyhelp.portal.relationship.myrequests;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a practitioner's dashboard shows of their own link requests.
 *
 * @param declinedShownFor how long a declined request stays on the dashboard with the coordinator's reason. The email
 *                         said so already; the dashboard keeps it long enough to be found again when the practitioner
 *                         next signs in (a month covers holidays and part-time work), not for ever.
 */
@ConfigurationProperties("portal.relationships.my-requests")
public record MyRequestsProperties(@DefaultValue("30d") Duration declinedShownFor) {

    public MyRequestsProperties {
        if (declinedShownFor.isNegative()) {
            throw new IllegalArgumentException(
                    "portal.relationships.my-requests.declined-shown-for must not be negative");
        }
    }
}
