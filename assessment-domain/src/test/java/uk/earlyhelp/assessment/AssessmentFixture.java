package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitionReader;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * An {@link AggregateTestFixture} for the assessment, with the shipped form, a clock stopped on
 * 26 November 2026, and a record of the last refusal so a test can check every field error the
 * web would show (the fixture itself only checks the exception's type and message).
 */
final class AssessmentFixture {

    static final String ID = "assessment-1";
    static final String FORM_ID = "early-help-assessment";
    static final String AUTHOR = "practitioner-1";
    static final MetaData AS_AUTHOR = MetaData.with(ActingUser.METADATA_KEY, AUTHOR);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final FormDefinition FORM = new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml");

    private final AggregateTestFixture<Assessment> fixture = new AggregateTestFixture<>(Assessment.class);
    private final AtomicReference<AssessmentRefusedException> lastRefusal = new AtomicReference<>();

    AssessmentFixture() {
        fixture.registerInjectableResource(new FormDefinitions(List.of(FORM)));
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        fixture.registerCommandHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (AssessmentRefusedException refused) {
                lastRefusal.set(refused);
                throw refused;
            }
        });
    }

    TestExecutor<Assessment> givenNoPriorActivity() {
        return fixture.givenNoPriorActivity();
    }

    TestExecutor<Assessment> given(List<?> events) {
        return fixture.given(events);
    }

    TestExecutor<Assessment> given(Object... events) {
        return fixture.given(events);
    }

    /** The field errors of the command the fixture just refused. */
    List<FieldError> refusal() {
        AssessmentRefusedException refused = lastRefusal.get();
        assertThat(refused).as("the command should have been refused").isNotNull();
        return refused.errors();
    }

    /** Just the field paths of the last refusal, in the order the error summary would list them. */
    List<String> refusedFields() {
        return refusal().stream().map(FieldError::field).toList();
    }

    /** The safeguarding (MASH) message the form shows when a child may be at risk of significant harm. */
    static String mashMessage() {
        return FORM.section("assessment").orElseThrow().gate().message();
    }

    static FieldError error(String field, String message) {
        return new FieldError(field, message);
    }
}
