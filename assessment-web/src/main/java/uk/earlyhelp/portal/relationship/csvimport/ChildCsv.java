package uk.earlyhelp.portal.relationship.csvimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.earlyhelp.relationship.api.ChildDetails;

/**
 * A CSV extract of children, read into rows the domain can record and problems by line. The file's shape is checked
 * here (UTF-8, header, columns, dates as dd/mm/yyyy, a Mosaic person reference on every row, which is what makes a
 * second import of the same file add nobody); the rules for a child record are the domain's, applied row by row.
 */
final class ChildCsv {

    /** The columns, in order, as the first row must name them (docs/child-records-csv.md). */
    static final List<String> COLUMNS = List.of("first name", "last name", "date of birth", "address", "phone", "email",
            "mosaic person reference", "involved workers");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** A row ready to record. */
    record Row(int line, ChildDetails details) {
    }

    /** Why a row (or the file) could not be used. Line 0 means the whole file. */
    record Problem(int line, String message) {
    }

    record Result(List<Row> rows, List<Problem> problems) {

        boolean fileRefused() {
            return rows.isEmpty() && problems.size() == 1 && problems.get(0).line() == 0;
        }
    }

    private ChildCsv() {
    }

    static Result read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return refused("The file must be saved as CSV UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's "CSV UTF-8" starts with a byte order mark
        }
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text);
        } catch (CsvRecords.UnclosedQuote unclosed) {
            return refused("A quote opened on line " + unclosed.line + " is never closed");
        }
        if (records.isEmpty() || !isHeader(records.get(0).fields())) {
            return refused("The first row must name the columns: " + String.join(", ", COLUMNS));
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            String problem = problem(record.fields());
            if (problem != null) {
                problems.add(new Problem(record.line(), problem));
            } else {
                rows.add(new Row(record.line(), details(record.fields())));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return refused("The file has no rows of children under its column names");
        }
        return new Result(rows, problems);
    }

    private static boolean isHeader(List<String> fields) {
        return fields.stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS);
    }

    private static String problem(List<String> fields) {
        if (fields.size() != COLUMNS.size()) {
            return "Expected " + COLUMNS.size() + " columns but found " + fields.size();
        }
        if (!DAY_MONTH_YEAR.matcher(fields.get(2).strip()).matches()) {
            return "Date of birth must be a date like 14/03/2019";
        }
        if (fields.get(6).isBlank()) {
            return "Enter the Mosaic person reference";
        }
        return null;
    }

    private static ChildDetails details(List<String> f) {
        Matcher date = DAY_MONTH_YEAR.matcher(f.get(2).strip());
        date.matches();
        String iso = date.group(3) + "-" + pad(date.group(2)) + "-" + pad(date.group(1));
        return new ChildDetails(f.get(0), f.get(1), iso, f.get(3), f.get(4), f.get(5), f.get(6), f.get(7));
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static Result refused(String why) {
        return new Result(List.of(), List.of(new Problem(0, why)));
    }
}
