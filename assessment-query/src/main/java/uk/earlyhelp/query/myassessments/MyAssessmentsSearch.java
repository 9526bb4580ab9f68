package uk.earlyhelp.query.myassessments;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.assessment.api.FindMyAssessments;
import uk.earlyhelp.assessment.api.MyAssessmentSummary;
import uk.earlyhelp.assessment.api.MyAssessmentsPage;

/** Finds one page of an author's assessments, optionally only those with a family member whose name matches. */
final class MyAssessmentsSearch {

    static final int MAX_PAGE_SIZE = 100;

    private static final String AUTHORS_OWN = " from MyAssessment m where m.authorId = :authorId";
    private static final String ANY_MEMBER_NAMED = " and exists (select 1 from m.familyMembers f"
            + " where f.searchName like :pattern escape '" + NameSearch.ESCAPE + "')";

    private final EntityManager entityManager;

    MyAssessmentsSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    MyAssessmentsPage find(FindMyAssessments query) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, query.pageSize()));
        int page = Math.max(0, query.page());
        if (query.authorId() == null) {
            return new MyAssessmentsPage(List.of(), page, pageSize, 0);
        }
        Optional<String> pattern = NameSearch.containing(query.search());
        String where = AUTHORS_OWN + (pattern.isPresent() ? ANY_MEMBER_NAMED : "");

        long total = bound(entityManager.createQuery("select count(m)" + where, Long.class), query, pattern)
                .getSingleResult();
        long first = (long) page * pageSize;
        if (first >= total) {
            return new MyAssessmentsPage(List.of(), page, pageSize, total);
        }
        // Newest change first; the id keeps the order stable when two changes share a timestamp.
        List<MyAssessmentSummary> items = bound(entityManager.createQuery(
                "select m" + where + " order by m.lastChanged desc, m.assessmentId", MyAssessment.class), query, pattern)
                .setFirstResult((int) first)
                .setMaxResults(pageSize)
                .getResultList().stream().map(MyAssessment::summary).toList();
        return new MyAssessmentsPage(items, page, pageSize, total);
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, FindMyAssessments find, Optional<String> pattern) {
        query.setParameter("authorId", find.authorId());
        pattern.ifPresent(p -> query.setParameter("pattern", p));
        return query;
    }
}
