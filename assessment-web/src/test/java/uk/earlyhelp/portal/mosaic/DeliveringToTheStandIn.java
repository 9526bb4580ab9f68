package uk.earlyhelp.portal.mosaic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * On a {@link uk.earlyhelp.portal.PortalWebTest}: the portal delivers finished assessments to its own Mosaic stand-in,
 * with retries quick enough for a test. The test classes that carry it share one running portal. Their deliveries are
 * refused (parked at once) or retried by hand, so the automatic retries are looked for only once a second: this portal
 * stays running for the rest of the test run, and every look that finds nothing writes a line to the log.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "mosaic.delivery.enabled=true",
        "mosaic.stand-in.enabled=true",
        "mosaic.delivery.retry.max-attempts=3",
        "mosaic.delivery.retry.first-delay=100ms",
        "mosaic.delivery.retry.max-delay=200ms",
        "mosaic.delivery.retry.poll-interval=1s"})
public @interface DeliveringToTheStandIn {
}
