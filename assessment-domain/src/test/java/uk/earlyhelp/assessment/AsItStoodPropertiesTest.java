package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.Aggregate;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.StartAssessment;

/**
 * What an auditor is shown as "the assessment as it stood after event n" is what the live aggregate held at that
 * moment: for random journeys, the state after every command is compared with {@link AssessmentHistory}'s rebuild
 * from the first n stored events, one by one and all at once.
 */
class AsItStoodPropertiesTest {

    private record Moment(int events, AssessmentView live) {
    }

    @Provide
    Arbitrary<List<Object>> commandSequences() {
        return CommandSequences.any();
    }

    @Property(tries = 100)
    void theAssessmentRebuiltFromItsFirstEventsIsTheLiveOneAtThatMoment(@ForAll("commandSequences") List<Object> commands)
            throws Throwable {
        EmbeddedEventStore store = LiveAndRebuiltStatePropertiesTest.store();
        List<Moment> moments = LiveAndRebuiltStatePropertiesTest.inUnitOfWork(() -> {
            Aggregate<Assessment> aggregate = LiveAndRebuiltStatePropertiesTest.repository(store).newInstance(() ->
                    new Assessment(new StartAssessment(CommandSequences.ID, "early-help-assessment", "practitioner-1"),
                            LiveAndRebuiltStatePropertiesTest.FORMS));
            List<Moment> seen = new ArrayList<>(List.of(moment(aggregate)));
            for (Object command : commands) {
                try {
                    aggregate.handle(asCommandMessage(command).andMetaData(LiveAndRebuiltStatePropertiesTest.ACTOR));
                } catch (AssessmentRefusedException refused) {
                    continue; // nothing appended: no new moment
                }
                seen.add(moment(aggregate));
            }
            return seen;
        });
        List<DomainEventMessage<?>> events = new ArrayList<>();
        store.readEvents(CommandSequences.ID, 0).forEachRemaining(events::add);
        Statistics.label("events").collect(events.size() > 10 ? "more than 10" : "10 or fewer");

        List<AssessmentView> afterEach = AssessmentHistory.afterEach(events);
        assertThat(afterEach).hasSize(events.size());
        for (Moment moment : moments) {
            assertThat(AssessmentHistory.after(events, moment.events())).as("after event %d", moment.events())
                    .isEqualTo(moment.live());
            assertThat(afterEach.get(moment.events() - 1)).isEqualTo(moment.live());
        }
    }

    private static Moment moment(Aggregate<Assessment> aggregate) {
        return new Moment(aggregate.version().intValue() + 1, aggregate.invoke(Assessment::state).view());
    }
}
