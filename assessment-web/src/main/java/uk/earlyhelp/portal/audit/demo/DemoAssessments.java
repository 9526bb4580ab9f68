package uk.earlyhelp.portal.audit.demo;

import static uk.earlyhelp.portal.audit.demo.DemoAnswers.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * Seeds, once, two assessments through the real commands (so their events are the real ones): the Smith family's, by
 * the demo practitioner, with several saves, a member added in error and removed, and finished (the embedded default's
 * Mosaic projector then delivers it to the stand-in); and a draft by the second demo practitioner, deleted. "Once":
 * an assessment already in the store is left alone, so a kept ./data is never seeded twice. Not in the postgres
 * profile, and off in tests unless asked for ({@code portal.audit.demo-assessments}).
 */
@Component
@Profile("!postgres")
@Order(Ordered.LOWEST_PRECEDENCE) // after DemoAccounts: the authors exist
class DemoAssessments implements ApplicationRunner {

    static final String DELIVERED = "demo-smith-family";
    static final String DELETED = "demo-brown-family";
    static final String AUTHOR = "practitioner@example.org";
    static final String SECOND_AUTHOR = "practitioner2@example.org";

    private final ActingUserCommandGateway commands;
    private final EventStore eventStore;
    private final Accounts accounts;
    private final Clock clock;
    private final boolean enabled;

    DemoAssessments(ActingUserCommandGateway commands, EventStore eventStore, Accounts accounts, Clock clock,
                    @Value("${portal.audit.demo-assessments:true}") boolean enabled) {
        this.commands = commands;
        this.accounts = accounts;
        this.eventStore = eventStore;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled) return;
        LocalDate today = LocalDate.now(clock);
        seed(DELIVERED, AUTHOR, List.of(
                new AddFamilyMember(DELIVERED, "m1", member("Mary Smith", "1990-05-09", "female", "mother", "Not currently working")),
                new AddFamilyMember(DELIVERED, "m2", member("Jack Smith", "2022-02-14", "male", "subject-child", "Little Acorns Nursery")),
                new AddFamilyMember(DELIVERED, "m3", member("John Smyth", "1988-01-01", "male", "father", "Unknown")),
                new RemoveFamilyMember(DELIVERED, "m3"),
                new AddFamilyMember(DELIVERED, "m4", unborn("Unborn Smith", today)),
                new ChangeFamilyMember(DELIVERED, "m1", member("Mary Smith", "1990-05-09", "female", "mother", "Part-time at the bakery")),
                new SaveSection(DELIVERED, "assessment", assessment("Warm and caring.")),
                new SaveSection(DELIVERED, "assessment", assessment("Warm and caring; struggling with routines since the move.")),
                new AddActionPlanRow(DELIVERED, "r1", action("m1", today.plusMonths(4))),
                new SaveSection(DELIVERED, "consent", consent("verbal", today.minusDays(2))),
                new SaveSection(DELIVERED, "consent", consent("written", today.minusDays(1))),
                new SaveSection(DELIVERED, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting"))),
                new SaveSection(DELIVERED, "outcome", Map.of("outcome", List.of("team-around-family"),
                        "outcomeReason", List.of("Housing and health needs: several agencies"))),
                new SaveSection(DELIVERED, "your-details", yourDetails(today)),
                new SaveSection(DELIVERED, "key-person", Map.of("isKeyPerson", List.of("yes"))),
                new FinishAssessment(DELIVERED)));
        seed(DELETED, SECOND_AUTHOR, List.of(
                new AddFamilyMember(DELETED, "m1", member("Leo Brown", "2016-09-30", "male", "subject-child", "Riverside Primary School")),
                new ChangeFamilyMember(DELETED, "m1", member("Leo Brown", "2016-09-03", "male", "subject-child", "Riverside Primary School")),
                new SaveSection(DELETED, "presenting-needs", Map.of("presentingNeeds", List.of("school-attendance"))),
                new DeleteAssessment(DELETED)));
    }

    /** @param authorEmail the demo account's address, looked up for its account id: events never carry it (ADR 0032) */
    private void seed(String id, String authorEmail, List<Object> commandsAfterStart) {
        if (eventStore.readEvents(id, 0L).hasNext()) return;
        String author = accounts.findByEmail(authorEmail).map(Account::id)
                .orElseThrow(() -> new IllegalStateException("The demo assessments' authors are not seeded"));
        commands.send(new StartAssessment(id, "early-help-assessment", author), author);
        commandsAfterStart.forEach(command -> commands.send(command, author));
    }
}
