package uk.earlyhelp.query.auditsearch;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.earlyhelp.assessment.api.AuditedAssessmentsPage;
import uk.earlyhelp.assessment.api.FindAssessmentsForAudit;
import uk.earlyhelp.query.myassessments.NameSearch;

/**
 * One page of the auditors' search. SQL, because the author's name, email and locality are the account table's
 * (joined by email, as events name authors today, or by account id): the read model does not copy them.
 */
final class AuditSearch {

    static final int MAX_PAGE_SIZE = 100;
    private static final String ESCAPE = " escape '" + NameSearch.ESCAPE + "'";

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    AuditedAssessmentsPage find(FindAssessmentsForAudit query) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, query.pageSize()));
        int page = Math.max(0, query.page());
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, parameters);
        String from = " from audit_assessment s left join account a on a.id = s.author_id";
        long total = ((Number) bound(entityManager.createNativeQuery("select count(*)" + from + where), parameters)
                .getSingleResult()).longValue();
        long first = (long) page * pageSize;
        if (first >= total) {
            return new AuditedAssessmentsPage(List.of(), page, pageSize, total);
        }
        // Newest change first; the id keeps the order stable when two changes share a timestamp.
        @SuppressWarnings("unchecked")
        List<Object> ids = bound(entityManager.createNativeQuery("select s.assessment_id" + from + where
                + " order by s.last_changed desc, s.assessment_id"), parameters)
                .setFirstResult((int) first).setMaxResults(pageSize).getResultList();
        return new AuditedAssessmentsPage(ids.stream()
                .map(id -> entityManager.find(AuditedAssessment.class, id.toString()).summary()).toList(),
                page, pageSize, total);
    }

    private static String where(FindAssessmentsForAudit query, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        like(query.familyMemberName(), "member", parameters).ifPresent(p -> clauses.add("exists (select 1 from"
                + " audit_assessment_member m where m.assessment_id = s.assessment_id and m.search_name like :member"
                + ESCAPE + ")"));
        like(query.author(), "author", parameters).ifPresent(p -> clauses.add("(lower(a.email) like :author" + ESCAPE
                + " or lower(a.first_name || ' ' || a.last_name) like :author" + ESCAPE + ")"));
        if (query.locality() != null && !query.locality().isBlank()) {
            parameters.put("locality", query.locality().strip());
            clauses.add("a.locality = :locality");
        }
        if (query.status() != null) {
            clauses.add(switch (query.status()) {
                case DRAFT -> "s.status = 'PART_COMPLETED' and s.deleted = false";
                case SUBMITTED -> "s.status = 'SUBMITTED'";
                case DELETED -> "s.deleted = true";
                case DELIVERED -> "s.delivery_status = 'RECEIVED'";
                case DELIVERY_FAILED -> "s.delivery_status in ('RETRYING', 'PARKED')";
            });
        }
        if (query.changedFrom() != null) {
            parameters.put("changedFrom", query.changedFrom());
            clauses.add("s.last_changed >= :changedFrom");
        }
        if (query.changedBefore() != null) {
            parameters.put("changedBefore", query.changedBefore());
            clauses.add("s.last_changed < :changedBefore");
        }
        return " where " + String.join(" and ", clauses);
    }

    private static Optional<String> like(String term, String name, Map<String, Object> parameters) {
        Optional<String> pattern = NameSearch.containing(term);
        pattern.ifPresent(p -> parameters.put(name, p));
        return pattern;
    }

    private static Query bound(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
