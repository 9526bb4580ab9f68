package uk.earlyhelp.query.myassessments;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableIds;

/**
 * Builds and answers My Assessments. Its processor back-fills from the start of the event stream the
 * first time it runs (Axon's default initial token: a replay from the tail), and a reset empties the
 * tables so a replay rebuilds them from scratch. Handlers tolerate seeing an event twice.
 */
@Component
@ProcessingGroup("my-assessments")
public class MyAssessmentsProjection {

    /** The family-members column that holds the member's name. */
    static final String NAME_COLUMN = "name";

    private final EntityManager entityManager;
    private final FormDefinitions forms;
    private final MyAssessmentsSearch search;

    /**
     * @param entityManager in the portal, Spring's shared one, bound to the transaction the processor opens
     *                      for each batch of events (and for a reset), so rows and token commit together
     */
    public MyAssessmentsProjection(EntityManager entityManager, FormDefinitions forms) {
        this.entityManager = entityManager;
        this.forms = forms;
        this.search = new MyAssessmentsSearch(entityManager);
    }

    @EventHandler
    void on(AssessmentStarted event, @Timestamp Instant at) {
        MyAssessment seenBefore = entityManager.find(MyAssessment.class, event.assessmentId());
        if (seenBefore != null) {
            entityManager.remove(seenBefore);
            entityManager.flush();
        }
        String title = forms.version(event.formId(), event.formVersion()).map(FormDefinition::title)
                .orElse(event.formId());
        entityManager.persist(new MyAssessment(event.assessmentId(), event.authorId(), event.formId(),
                event.formVersion(), title, at));
    }

    @EventHandler
    void on(SectionSaved event, @Timestamp Instant at) {
        change(event.assessmentId(), row -> row.changed(at, event.sectionId()));
    }

    @EventHandler
    void on(FamilyMemberAdded event, @Timestamp Instant at) {
        familyChanged(event.assessmentId(), at, row -> row.memberNamed(event.memberId(), name(event.details())));
    }

    @EventHandler
    void on(FamilyMemberChanged event, @Timestamp Instant at) {
        familyChanged(event.assessmentId(), at, row -> row.memberNamed(event.memberId(), name(event.details())));
    }

    @EventHandler
    void on(FamilyMemberRemoved event, @Timestamp Instant at) {
        familyChanged(event.assessmentId(), at, row -> row.memberRemoved(event.memberId()));
    }

    @EventHandler
    void on(InvolvedProfessionalAdded event, @Timestamp Instant at) {
        tableChanged(event.assessmentId(), TableIds.INVOLVED_PROFESSIONALS, at);
    }

    @EventHandler
    void on(InvolvedProfessionalChanged event, @Timestamp Instant at) {
        tableChanged(event.assessmentId(), TableIds.INVOLVED_PROFESSIONALS, at);
    }

    @EventHandler
    void on(InvolvedProfessionalRemoved event, @Timestamp Instant at) {
        tableChanged(event.assessmentId(), TableIds.INVOLVED_PROFESSIONALS, at);
    }

    @EventHandler
    void on(ActionPlanRowAdded event, @Timestamp Instant at) {
        tableChanged(event.assessmentId(), TableIds.ACTION_PLAN, at);
    }

    @EventHandler
    void on(ActionPlanRowChanged event, @Timestamp Instant at) {
        tableChanged(event.assessmentId(), TableIds.ACTION_PLAN, at);
    }

    @EventHandler
    void on(ActionPlanRowRemoved event, @Timestamp Instant at) {
        tableChanged(event.assessmentId(), TableIds.ACTION_PLAN, at);
    }

    @EventHandler
    void on(AssessmentFinished event, @Timestamp Instant at) {
        change(event.assessmentId(), row -> row.finished(at));
    }

    // Not a change by the practitioner: the date last changed stays.
    @EventHandler
    void on(DeliveredToMosaic event) {
        change(event.assessmentId(), row -> row.deliveredToMosaic(event.mosaicReference()));
    }

    // The practitioner sees whether the portal is retrying or the delivery is parked (and support told); the reason
    // is for administrators. Revision 1 of the event, read as retrying by its upcaster, says "retrying".
    @EventHandler
    void on(MosaicDeliveryFailed event) {
        change(event.assessmentId(), row -> row.mosaicDeliveryFailed(event.retrying()));
    }

    @EventHandler
    void on(AssessmentDeleted event) {
        change(event.assessmentId(), entityManager::remove);
    }

    @ResetHandler
    void onReset() {
        // The database cascades the family members' rows.
        entityManager.createQuery("delete from MyAssessment").executeUpdate();
    }

    @QueryHandler
    public MyAssessmentsPage handle(FindMyAssessments query) {
        return search.find(query);
    }

    private void familyChanged(String assessmentId, Instant at, Consumer<MyAssessment> change) {
        change(assessmentId, row -> {
            row.changed(at, sectionHolding(row, TableIds.FAMILY_MEMBERS));
            change.accept(row);
        });
    }

    private void tableChanged(String assessmentId, String tableId, Instant at) {
        change(assessmentId, row -> row.changed(at, sectionHolding(row, tableId)));
    }

    // The table's section in the assessment's own form version: where the practitioner resumes.
    private String sectionHolding(MyAssessment row, String tableId) {
        return forms.version(row.formId(), row.formVersion()).flatMap(form -> form.sectionWithTable(tableId))
                .map(SectionDefinition::id).orElse(null);
    }

    private void change(String assessmentId, Consumer<MyAssessment> change) {
        MyAssessment row = entityManager.find(MyAssessment.class, assessmentId);
        if (row != null) { // null only for events of an assessment this read model never saw started
            change.accept(row);
        }
    }

    private static String name(Map<String, List<String>> details) {
        List<String> values = details == null ? null : details.get(NAME_COLUMN);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
