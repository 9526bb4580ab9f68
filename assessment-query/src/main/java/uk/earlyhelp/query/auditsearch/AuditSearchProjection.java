package uk.earlyhelp.query.auditsearch;

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

/**
 * Builds and answers the auditors' search. Unlike My Assessments it keeps a deleted draft (marked deleted) and every
 * member ever named. Back-fills from the start of the stream when first run (a new processor's replay token), and a
 * reset empties it so a replay rebuilds it. Handlers tolerate seeing an event twice.
 */
@Component
@ProcessingGroup("audit-assessment-search")
public class AuditSearchProjection {

    private final EntityManager entityManager;
    private final FormDefinitions forms;
    private final AuditSearch search;

    public AuditSearchProjection(EntityManager entityManager, FormDefinitions forms) {
        this.entityManager = entityManager;
        this.forms = forms;
        this.search = new AuditSearch(entityManager);
    }

    @EventHandler
    void on(AssessmentStarted event, @Timestamp Instant at) {
        AuditedAssessment seenBefore = entityManager.find(AuditedAssessment.class, event.assessmentId());
        if (seenBefore != null) {
            entityManager.remove(seenBefore);
            entityManager.flush();
        }
        String title = forms.version(event.formId(), event.formVersion()).map(FormDefinition::title).orElse(event.formId());
        entityManager.persist(new AuditedAssessment(event.assessmentId(), event.authorId(), title, at));
    }

    @EventHandler
    void on(FamilyMemberAdded event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> row.memberNamed(event.memberId(), name(event.details())));
    }

    @EventHandler
    void on(FamilyMemberChanged event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> row.memberNamed(event.memberId(), name(event.details())));
    }

    @EventHandler
    void on(FamilyMemberRemoved event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> row.memberRemoved(event.memberId()));
    }

    @EventHandler
    void on(SectionSaved event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(InvolvedProfessionalAdded event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(InvolvedProfessionalChanged event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(InvolvedProfessionalRemoved event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(ActionPlanRowAdded event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(ActionPlanRowChanged event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(ActionPlanRowRemoved event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> { });
    }

    @EventHandler
    void on(AssessmentFinished event, @Timestamp Instant at) {
        change(event.assessmentId(), at, AuditedAssessment::finished);
    }

    @EventHandler
    void on(AssessmentDeleted event, @Timestamp Instant at) {
        change(event.assessmentId(), at, AuditedAssessment::deleted);
    }

    @EventHandler
    void on(DeliveredToMosaic event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> row.deliveredToMosaic(event.mosaicReference()));
    }

    // Revision 1 of the event, read as retrying by its upcaster, says "retrying".
    @EventHandler
    void on(MosaicDeliveryFailed event, @Timestamp Instant at) {
        change(event.assessmentId(), at, row -> row.mosaicDeliveryFailed(event.retrying()));
    }

    @ResetHandler
    void onReset() {
        // The database cascades the members' rows.
        entityManager.createQuery("delete from AuditedAssessment").executeUpdate();
    }

    @QueryHandler
    public AuditedAssessmentsPage handle(FindAssessmentsForAudit query) {
        return search.find(query);
    }

    private void change(String assessmentId, Instant at, Consumer<AuditedAssessment> change) {
        AuditedAssessment row = entityManager.find(AuditedAssessment.class, assessmentId);
        if (row != null) { // null only for events of an assessment this read model never saw started
            row.changed(at);
            change.accept(row);
        }
    }

    private static String name(Map<String, List<String>> details) {
        List<String> values = details == null ? null : details.get("name");
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
