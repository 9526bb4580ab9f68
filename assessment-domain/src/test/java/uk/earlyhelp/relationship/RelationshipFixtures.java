package uk.earlyhelp.relationship;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.ChildDetails;

/** Fixtures for the relationship aggregates, with a clock stopped on 26 November 2026, and example children. */
final class RelationshipFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final String NORTH = "North";
    static final String COORDINATOR = "coordinator-account-1";

    private RelationshipFixtures() {
    }

    static AggregateTestFixture<Child> child() {
        AggregateTestFixture<Child> fixture = new AggregateTestFixture<>(Child.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    static AggregateTestFixture<ProfessionalRelationships> relationships() {
        AggregateTestFixture<ProfessionalRelationships> fixture = new AggregateTestFixture<>(ProfessionalRelationships.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    static ChildDetails tom() {
        return new ChildDetails("Tom", "Smith", "2019-03-14", "1 High Street, Northtown", "01632 960123",
                "mary.smith@example.org", "P123456", "Health visitor: A. Jones, 01632 960999");
    }

    static ChildDescription tomDescribed() {
        return new ChildDescription("Tom", "Smith", "2019-03-14", "");
    }
}
