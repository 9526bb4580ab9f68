package uk.earlyhelp.portal.audit.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.earlyhelp.assessment.api.AuditStatus;
import uk.earlyhelp.assessment.api.FindAssessmentsForAudit;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.fields.DateParts;
import uk.earlyhelp.portal.wizard.fields.ErrorLink;

/**
 * What the auditor typed, kept as typed (so a page with an error shows it back), and the search it asks for. Dates
 * are days in the council's zone: "changed from" is the start of that day, "changed to" the end of that day.
 */
record SearchForm(String name, String author, String locality, String status, DateParts from, DateParts to) {

    static final String FROM = "changedFrom";
    static final String TO = "changedTo";

    /** Problems by field, in the order of the page. */
    Map<String, String> problems(WizardMessages messages) {
        Map<String, String> problems = new LinkedHashMap<>();
        problem(FROM, from, messages.text("audit.search.from"), messages).ifPresent(p -> problems.put(FROM, p));
        problem(TO, to, messages.text("audit.search.to"), messages).ifPresent(p -> problems.put(TO, p));
        if (problems.isEmpty() && from.iso() != null && to.iso() != null
                && LocalDate.parse(to.iso()).isBefore(LocalDate.parse(from.iso()))) {
            problems.put(TO, messages.text("audit.search.error.toBeforeFrom"));
        }
        return problems;
    }

    static List<ErrorLink> summary(Map<String, String> problems) {
        List<ErrorLink> links = new ArrayList<>();
        problems.forEach((field, message) -> links.add(new ErrorLink("#" + field, message)));
        return links;
    }

    FindAssessmentsForAudit query(ZoneId zone, int page, int pageSize) {
        return new FindAssessmentsForAudit(name, author, locality, chosenStatus(), startOf(from, zone, 0),
                startOf(to, zone, 1), page, pageSize);
    }

    AuditStatus chosenStatus() {
        for (AuditStatus value : AuditStatus.values()) {
            if (value.name().equals(status)) return value;
        }
        return null;
    }

    private static Instant startOf(DateParts day, ZoneId zone, int plusDays) {
        return day.iso() == null ? null : LocalDate.parse(day.iso()).plusDays(plusDays).atStartOfDay(zone).toInstant();
    }

    private static Optional<String> problem(String field, DateParts typed, String label, WizardMessages messages) {
        DateParts.Problem problem = typed.problem();
        return problem == null ? Optional.empty() : Optional.of(messages.text(problem.messageKey(), label));
    }
}
