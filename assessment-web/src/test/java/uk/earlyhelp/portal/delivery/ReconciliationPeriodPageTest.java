package uk.earlyhelp.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.portal.PortalWebTest;

/** The reconciliation page's choice of period: the last week unless asked, and a GOV.UK error summary for a bad one. */
class ReconciliationPeriodPageTest extends PortalWebTest {

    @Autowired
    Clock clock;

    @Test
    void withoutAPeriodItShowsTheLastSevenDaysUpToToday() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String page = page(get("/admin/reconciliation"));

        assertThat(page).contains("name=\"from-day\"", "value=\"" + today.minusDays(6).getDayOfMonth() + "\"",
                heading(today.minusDays(6)) + " to " + heading(today), "id=\"counts-" + today + "\"",
                "id=\"counts-" + today.minusDays(6) + "\"").doesNotContain("id=\"counts-" + today.minusDays(7) + "\"",
                "govuk-error-summary");
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithAnErrorSummaryKeepingWhatWasTyped() throws Exception {
        String page = page(period("10", "3", "2026", "9", "3", "2026"));

        assertThat(page).contains("<title>Error: Daily reconciliation", "govuk-error-summary",
                "<a href=\"#to-day\">End date must be the same as or after the start date</a>",
                "id=\"to-error\"", "value=\"10\"", "value=\"9\"").doesNotContain("id=\"reconciliation-days\"");
    }

    @Test
    void moreThanAMonthAndDatesThatAreNotRealAreRefused() throws Exception {
        assertThat(page(period("1", "3", "2026", "1", "4", "2026")))
                .contains("<a href=\"#to-day\">Choose a period of 31 days or fewer</a>");
        assertThat(page(period("31", "2", "2026", "", "", "")))
                .contains("<a href=\"#from-day\">Start date must be a real date</a>",
                        "<a href=\"#to-day\">Enter an end date</a>", "value=\"31\"");
    }

    @Test
    void theCsvOfABadPeriodSendsTheAdministratorBackToThePageToSeeWhy() throws Exception {
        mvc.perform(get("/admin/reconciliation.csv").param("from-day", "10").param("from-month", "3")
                        .param("from-year", "2026").param("to-day", "9&x").param("to-month", "3").param("to-year", "2026")
                        .with(signedInAs(AdminPagesAccessTest.ADMIN)))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location",
                        "/admin/reconciliation?from-day=10&from-month=3&from-year=2026&to-day=9%26x&to-month=3&to-year=2026"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(signedInAs(AdminPagesAccessTest.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder period(String fromDay, String fromMonth, String fromYear, String toDay,
                                                        String toMonth, String toYear) {
        return get("/admin/reconciliation").param("from-day", fromDay).param("from-month", fromMonth)
                .param("from-year", fromYear).param("to-day", toDay).param("to-month", toMonth).param("to-year", toYear);
    }

    private static String heading(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(day);
    }
}
