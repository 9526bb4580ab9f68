package uk.earlyhelp.portal.relationship.csvimport;

import java.util.ArrayList;
import java.util.List;
import uk.earlyhelp.assessment.form.TypedText;

/**
 * RFC 4180 records: fields separated by commas, optionally in double quotes, inside which commas, line breaks and
 * doubled quotes ({@code ""}) are data; each field under the text-input rule (TypedText), as every typed value is. Each record remembers the line it starts on, as a spreadsheet would number
 * it, so a problem can be reported by line.
 */
final class CsvRecords {

    /** One record and the (1-based) line it starts on. */
    record Record(int line, List<String> fields) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** A quote opened and never closed: nothing after it can be read reliably. */
    static final class UnclosedQuote extends Exception {

        final int line;

        UnclosedQuote(int line) {
            super("Unclosed quote from line " + line, null, false, false);
            this.line = line;
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) throws UnclosedQuote {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(TypedText.clean(field.toString()));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(TypedText.clean(field.toString()));
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(quoteLine);
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(TypedText.clean(field.toString()));
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
