package uk.earlyhelp.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.wizard.fields.DateParts;
import uk.earlyhelp.portal.wizard.fields.ErrorLink;

class ReconciliationPeriodTest {

    @Test
    void nothingTypedIsTheLastSevenDaysUpToToday() {
        ReconciliationPeriod period = ReconciliationPeriod.lastWeek(LocalDate.parse("2026-03-08"));

        assertThat(period.valid()).isTrue();
        assertThat(period.from()).isEqualTo("2026-03-02");
        assertThat(period.to()).isEqualTo("2026-03-08");
        assertThat(period.fromTyped()).isEqualTo(new DateParts("2", "3", "2026"));
    }

    @Test
    void aMonthIsTheLongestPeriod() {
        assertThat(typed("1 3 2026", "31 3 2026").valid()).isTrue();
        assertThat(problems(typed("1 3 2026", "1 4 2026"))).containsExactly("to admin.reconciliation.error.tooLong");
    }

    @Test
    void theEndMayBeTheStartButNotBeforeIt() {
        assertThat(typed("5 3 2026", "5 3 2026").valid()).isTrue();
        assertThat(problems(typed("5 3 2026", "4 3 2026"))).containsExactly("to admin.reconciliation.error.toBeforeFrom");
    }

    @Test
    void eachDateMustBeGivenAndRealAndKeepsWhatWasTyped() {
        ReconciliationPeriod period = ReconciliationPeriod.typed(new DateParts("31", "2", "2026"),
                new DateParts("", "", ""), "Start date", "End date");

        assertThat(problems(period)).containsExactly("from wizard.date.notReal", "to admin.reconciliation.error.missing.to");
        assertThat(period.fromTyped()).isEqualTo(new DateParts("31", "2", "2026"));
        assertThat(period.summary((key, arguments) -> key)).extracting(ErrorLink::href, ErrorLink::message)
                .containsExactly(tuple("#from-day", "wizard.date.notReal"),
                        tuple("#to-day", "admin.reconciliation.error.missing.to"));
    }

    private static ReconciliationPeriod typed(String from, String to) {
        return ReconciliationPeriod.typed(parts(from), parts(to), "Start date", "End date");
    }

    private static DateParts parts(String dayMonthYear) {
        String[] parts = dayMonthYear.split(" ");
        return new DateParts(parts[0], parts[1], parts[2]);
    }

    private static List<String> problems(ReconciliationPeriod period) {
        return period.errors().stream().map(problem -> problem.field() + " " + problem.messageKey()).toList();
    }
}
