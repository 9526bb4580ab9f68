package uk.earlyhelp.portal.delivery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import uk.earlyhelp.portal.wizard.fields.DateParts;
import uk.earlyhelp.portal.wizard.fields.ErrorLink;

/**
 * The days the reconciliation page covers, from its two GOV.UK date inputs ({@code from-day}, {@code from-month},
 * {@code from-year} and the same for {@code to}), as typed, with what is wrong with them. Nothing typed at all is
 * the last seven days up to today.
 *
 * @param errors by field ({@code from} or {@code to}), in the order of the page; empty when the period can be shown
 */
record ReconciliationPeriod(DateParts fromTyped, DateParts toTyped, LocalDate from, LocalDate to,
                            List<FieldProblem> errors) {

    static final String FROM = "from";
    static final String TO = "to";
    /** A month: every submission of every day is on the page, which stays readable at that. */
    static final int MOST_DAYS = 31;
    static final int DEFAULT_DAYS = 7;

    /** One problem with one of the two dates: a message key and its arguments. */
    record FieldProblem(String field, String messageKey, Object... arguments) {
    }

    static ReconciliationPeriod lastWeek(LocalDate today) {
        LocalDate from = today.minusDays(DEFAULT_DAYS - 1);
        return new ReconciliationPeriod(parts(from), parts(today), from, today, List.of());
    }

    /** @param fromLabel, toLabel how the page names the two dates, for messages such as "Start date must be a real date" */
    static ReconciliationPeriod typed(DateParts from, DateParts to, String fromLabel, String toLabel) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate fromDate = date(FROM, from, fromLabel, errors);
        LocalDate toDate = date(TO, to, toLabel, errors);
        if (fromDate != null && toDate != null) {
            if (toDate.isBefore(fromDate)) {
                errors.add(new FieldProblem(TO, "admin.reconciliation.error.toBeforeFrom"));
            } else if (ChronoUnit.DAYS.between(fromDate, toDate) >= MOST_DAYS) {
                errors.add(new FieldProblem(TO, "admin.reconciliation.error.tooLong", MOST_DAYS));
            }
        }
        return new ReconciliationPeriod(from, to, fromDate, toDate, List.copyOf(errors));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The problem with one field, as {@code message} makes it; null if none. */
    String error(String field, BiFunction<String, Object[], String> message) {
        return errors.stream().filter(problem -> problem.field().equals(field)).findFirst()
                .map(problem -> message.apply(problem.messageKey(), problem.arguments())).orElse(null);
    }

    /** The GOV.UK error summary: each problem links to its date's first input. */
    List<ErrorLink> summary(BiFunction<String, Object[], String> message) {
        return errors.stream().map(problem -> new ErrorLink("#" + problem.field() + DateParts.DAY,
                message.apply(problem.messageKey(), problem.arguments()))).toList();
    }

    private static LocalDate date(String field, DateParts typed, String label, List<FieldProblem> errors) {
        if (typed.blank()) {
            errors.add(new FieldProblem(field, "admin.reconciliation.error.missing." + field));
            return null;
        }
        DateParts.Problem problem = typed.problem();
        if (problem != null) {
            errors.add(new FieldProblem(field, problem.messageKey(), label));
            return null;
        }
        return LocalDate.parse(typed.iso());
    }

    private static DateParts parts(LocalDate date) {
        return DateParts.fromIso(date.toString());
    }
}
