package uk.earlyhelp.portal.pdf;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.check.AnswerSummary;
import uk.earlyhelp.portal.wizard.check.SummarySection;
import uk.earlyhelp.portal.wizard.fields.AnswerText;
import uk.earlyhelp.portal.wizard.fields.SummaryRow;

/**
 * What the PDF prints, built by the same code as "check your answers" (same questions left out, same labels for
 * codes, dd/mm/yyyy dates, members by name), with each add-another table as a table rather than as cards.
 */
@Component
class PrintedAssessments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AnswerSummary summary;
    private final AnswerText text;
    private final Clock clock;

    PrintedAssessments(AnswerSummary summary, AnswerText text, Clock clock) {
        this.summary = summary;
        this.text = text;
        this.clock = clock;
    }

    /**
     * @param submittedAt when it was finished; null for a draft (or if unknown)
     * @param forMosaic   the copy delivered into Mosaic, printed before Mosaic has given its reference
     */
    PrintedAssessment of(OpenAssessment assessment, Instant submittedAt, boolean forMosaic) {
        List<PrintedSection> sections = new ArrayList<>();
        Iterator<SummarySection> summaries = summary.sections(assessment, false).iterator();
        for (SectionDefinition section : assessment.form().sections()) {
            SummarySection answers = summaries.next(); // one per section, in the form's order
            TableDefinition table = section.table();
            boolean rows = table != null && !assessment.filled().rows(table.id()).isEmpty();
            sections.add(new PrintedSection(section.id(), section.title(), answers.rows().stream().map(row ->
                    new SummaryRow(row.key(), nfc(row.lines()), null, null)).toList(),
                    rows ? table(assessment, table, answers.tableHeading()) : null));
        }
        return new PrintedAssessment(assessment.id(), assessment.form().title(), !assessment.finished(),
                submittedAt == null ? null : DAY.format(submittedAt.atZone(clock.getZone())),
                submittedAt == null ? null : TIME.format(submittedAt.atZone(clock.getZone())),
                assessment.view().mosaicReference(), forMosaic, DAY.format(LocalDate.now(clock)), sections);
    }

    /**
     * Answers in composed form (NFC): a letter with accents typed as letter plus combining marks prints with the
     * font's precomposed glyph (ễ), as the embedded font has no substitution tables to compose them (see fonts/OFL.txt).
     */
    private static List<String> nfc(List<String> lines) {
        return lines.stream().map(line -> Normalizer.normalize(line, Normalizer.Form.NFC)).toList();
    }

    private PrintedTable table(OpenAssessment assessment, TableDefinition table, String caption) {
        Map<String, String> names = assessment.familyMemberNames();
        List<List<List<String>>> rows = new ArrayList<>();
        for (Row row : assessment.filled().rows(table.id())) {
            List<List<String>> cells = new ArrayList<>();
            for (FieldDefinition column : table.columns()) {
                cells.add(nfc(text.lines(assessment.form(), column, row.values().getOrDefault(column.id(), List.of()), names)));
            }
            rows.add(cells);
        }
        return new PrintedTable(caption, table.columns().stream().map(column -> new PrintedTable.Column(column.label(),
                column.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList(), rows);
    }
}
