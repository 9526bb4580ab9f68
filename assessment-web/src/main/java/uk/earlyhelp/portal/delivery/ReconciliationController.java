package uk.earlyhelp.portal.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.mosaic.reconciliation.Reconciliation;
import uk.earlyhelp.mosaic.reconciliation.ReconciliationDay;
import uk.earlyhelp.portal.wizard.fields.DateParts;
import uk.earlyhelp.portal.wizard.fields.FieldView;
import uk.earlyhelp.portal.wizard.fields.InputKind;

/**
 * The council's daily check (Spring Security: administrators only): for each day of a chosen period, every submitted
 * assessment with its delivery state and Mosaic reference, on screen or as CSV. The period is a GET form: choosing
 * one changes nothing, and the address can be kept.
 */
@Controller
class ReconciliationController {

    static final String PAGE = "/admin/reconciliation";
    static final String CSV = PAGE + ".csv";
    private static final List<String> PARAMETERS = Stream.of(ReconciliationPeriod.FROM, ReconciliationPeriod.TO)
            .flatMap(field -> Stream.of(DateParts.DAY, DateParts.MONTH, DateParts.YEAR).map(part -> field + part))
            .toList();

    private final Reconciliation reconciliation;
    private final MessageSource messages;
    private final Clock clock;

    ReconciliationController(Reconciliation reconciliation, MessageSource messages, Clock clock) {
        this.reconciliation = reconciliation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
        ReconciliationPeriod period = period(parameters, locale);
        BiFunction<String, Object[], String> message = (key, arguments) -> messages.getMessage(key, arguments, locale);
        model.addAttribute("errors", period.summary(message));
        model.addAttribute("fromField", field(ReconciliationPeriod.FROM, "admin.reconciliation.from",
                period.fromTyped(), period.error(ReconciliationPeriod.FROM, message), locale));
        model.addAttribute("toField", field(ReconciliationPeriod.TO, "admin.reconciliation.to",
                period.toTyped(), period.error(ReconciliationPeriod.TO, message), locale));
        if (period.valid()) {
            AdminTimes times = new AdminTimes(clock.getZone());
            List<ReconciliationDayView> days = reconciliation.days(period.from(), period.to()).stream()
                    .map(day -> ReconciliationDayView.of(day, times)).toList();
            model.addAttribute("days", days);
            model.addAttribute("total", days.stream().mapToInt(ReconciliationDayView::submitted).sum());
            model.addAttribute("csvHref", withPeriod(CSV, period));
            model.addAttribute("periodText", messages.getMessage("admin.reconciliation.period",
                    new Object[] {AdminTimes.heading(period.from()), AdminTimes.heading(period.to())}, locale));
        }
        return "pages/admin/reconciliation";
    }

    @GetMapping(CSV)
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> parameters, Locale locale) {
        ReconciliationPeriod period = period(parameters, locale);
        if (!period.valid()) {
            // Only a hand-made address gets here (the page links to valid periods): the page says what is wrong.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(withPeriod(PAGE, period))).build();
        }
        List<ReconciliationDay> days = reconciliation.days(period.from(), period.to());
        String fileName = "mosaic-reconciliation-" + period.from() + "-to-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(ReconciliationCsv.of(days, clock.getZone()).getBytes(StandardCharsets.UTF_8));
    }

    private ReconciliationPeriod period(Map<String, String> parameters, Locale locale) {
        if (PARAMETERS.stream().noneMatch(parameters::containsKey)) {
            return ReconciliationPeriod.lastWeek(LocalDate.now(clock));
        }
        return ReconciliationPeriod.typed(typed(parameters, ReconciliationPeriod.FROM),
                typed(parameters, ReconciliationPeriod.TO),
                messages.getMessage("admin.reconciliation.from", null, locale),
                messages.getMessage("admin.reconciliation.to", null, locale));
    }

    private static DateParts typed(Map<String, String> parameters, String field) {
        return new DateParts(parameters.getOrDefault(field + DateParts.DAY, ""),
                parameters.getOrDefault(field + DateParts.MONTH, ""), parameters.getOrDefault(field + DateParts.YEAR, ""));
    }

    private FieldView field(String id, String labelKey, DateParts typed, String error, Locale locale) {
        return new FieldView(id, messages.getMessage(labelKey, null, locale),
                messages.getMessage("wizard.date.example", null, locale), InputKind.DATE, null, null, typed, List.of(),
                error, false);
    }

    /** The address of {@code path} for the same period, with each part as it was typed (encoded). */
    private static String withPeriod(String path, ReconciliationPeriod period) {
        return path + "?" + PARAMETERS.stream().map(name -> name + "=" + URLEncoder.encode(typedPart(period, name),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String typedPart(ReconciliationPeriod period, String name) {
        DateParts typed = name.startsWith(ReconciliationPeriod.FROM) ? period.fromTyped() : period.toTyped();
        String value = name.endsWith(DateParts.DAY) ? typed.day()
                : name.endsWith(DateParts.MONTH) ? typed.month() : typed.year();
        return value == null ? "" : value;
    }
}
