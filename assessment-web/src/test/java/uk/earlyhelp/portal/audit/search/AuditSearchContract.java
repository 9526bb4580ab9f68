package uk.earlyhelp.portal.audit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;
import uk.earlyhelp.portal.security.Role;

/**
 * The auditors' search, on every database the portal runs on: every author's assessments by part of any member's
 * name (removed members too), by the author's name, email or locality (from the account), by status (deleted drafts
 * found and marked), by date of last change; newest first, paged; and the same again after a replay from scratch.
 */
abstract class AuditSearchContract {

    static final String PROCESSING_GROUP = "audit-assessment-search";

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    Accounts accounts;

    ProjectionCatchUp catchUp;
    String surname;
    String east;
    String west;
    String submitted;
    String deleted;

    @BeforeEach
    void twoAuthorsAndTheirAssessments() {
        catchUp = new ProjectionCatchUp(PROCESSING_GROUP, processing, eventStore, tokenStore);
        String unique = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        surname = "Smith" + unique;
        east = account("Eastern", "Writer" + unique, "East");
        west = account("Western", "Author" + unique, "West");
        submitted = "s-" + UUID.randomUUID();
        commands.send(new StartAssessment(submitted, "early-help-assessment", east), east);
        commands.send(new AddFamilyMember(submitted, "m1", member("Mary " + surname)), east);
        commands.send(new SaveSection(submitted, "presenting-needs", Map.of("presentingNeeds", List.of("housing"))), east);
        deleted = "d-" + UUID.randomUUID();
        commands.send(new StartAssessment(deleted, "early-help-assessment", west), west);
        commands.send(new AddFamilyMember(deleted, "m1", member("Zoë " + surname)), west);
        commands.send(new AddFamilyMember(deleted, "m2", member("Removed " + surname)), west);
        commands.send(new RemoveFamilyMember(deleted, "m2"), west);
        commands.send(new DeleteAssessment(deleted), west);
        catchUp.await();
    }

    private String account(String first, String last, String locality) {
        String email = (first + "." + last + "@example.org").toLowerCase(java.util.Locale.ROOT);
        // Its account id: what the events name the author by (ADR 0032); the search still finds them by address.
        return accounts.save(Account.approved(new AccountDetails(first, last, email, "01632 960000", "Teacher", "School",
                OrganisationType.SCHOOL, locality), Role.PRACTITIONER, "unused", Instant.now())).id();
    }

    private static Map<String, List<String>> member(String name) {
        return Map.of("name", List.of(name), "dateOfBirth", List.of("1990-05-09"), "gender", List.of("female"),
                "relationship", List.of("mother"), "ethnicity", List.of("white-british"));
    }

    AuditedAssessmentsPage find(String name, String author, String locality, AuditStatus status, Instant from,
                                Instant before) {
        return queries.query(new FindAssessmentsForAudit(name, author, locality, status, from, before, 0, 20),
                AuditedAssessmentsPage.class).join();
    }

    private List<String> ids(AuditedAssessmentsPage page) {
        return page.items().stream().map(AuditedAssessmentSummary::assessmentId).toList();
    }

    @Test
    void findsEveryAuthorsAssessmentsByPartOfAnyMembersNameInAnyCaseNewestFirst() {
        assertThat(ids(find(surname.toUpperCase(java.util.Locale.ROOT), null, null, null, null, null)))
                .containsExactly(deleted, submitted);
        assertThat(ids(find("removed " + surname.toLowerCase(java.util.Locale.ROOT), null, null, null, null, null)))
                .as("a member since removed").containsExactly(deleted);
        AuditedAssessmentSummary gone = find("zoë " + surname, null, null, null, null, null).items().get(0);
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.familyName()).isEqualTo("Zoë " + surname);
    }

    @Test
    void findsByTheAuthorsNameEmailOrLocality() {
        assertThat(ids(find(surname, "eastern writer", null, null, null, null))).containsExactly(submitted);
        assertThat(ids(find(surname, "western.author", null, null, null, null))).containsExactly(deleted);
        assertThat(ids(find(surname, null, "West", null, null, null))).containsExactly(deleted);
        assertThat(ids(find(surname, null, "North", null, null, null))).isEmpty();
    }

    @Test
    void findsByStatusWithDeletedDraftsApart() {
        assertThat(ids(find(surname, null, null, AuditStatus.DELETED, null, null))).containsExactly(deleted);
        assertThat(ids(find(surname, null, null, AuditStatus.DRAFT, null, null))).containsExactly(submitted);
        assertThat(ids(find(surname, null, null, AuditStatus.SUBMITTED, null, null))).isEmpty();
    }

    @Test
    void findsByTheDateOfLastChange() {
        Instant tomorrow = LocalDate.now().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant yesterday = tomorrow.minusSeconds(2 * 86_400);
        assertThat(ids(find(surname, null, null, null, yesterday, tomorrow))).containsExactly(deleted, submitted);
        assertThat(ids(find(surname, null, null, null, tomorrow, null))).isEmpty();
        assertThat(ids(find(surname, null, null, null, null, yesterday))).isEmpty();
    }

    @Test
    void aReplayFromTheStartRebuildsTheSameAnswers() {
        AuditedAssessmentsPage before = find(surname, null, null, null, null, null);
        StreamingEventProcessor processor = catchUp.processor();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        processor.start();
        catchUp.await();

        assertThat(find(surname, null, null, null, null, null)).isEqualTo(before);
    }
}
