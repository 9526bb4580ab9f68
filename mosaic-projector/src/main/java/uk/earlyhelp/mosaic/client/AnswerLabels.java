package uk.earlyhelp.mosaic.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FilledForm;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.Option;
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableIds;
import uk.earlyhelp.mosaic.client.MosaicSubmission.Answer;
import uk.earlyhelp.mosaic.client.MosaicSubmission.Coded;
import uk.earlyhelp.mosaic.client.MosaicSubmission.Section;

/**
 * Turns stored answers into Mosaic's question-and-answer shape, with labels from the form version the assessment
 * was completed on: option labels for codes, "Yes"/"No", and family members' names for their ids.
 */
final class AnswerLabels {

    private final FormDefinition form;
    private final FilledForm filled;

    AnswerLabels(FormDefinition form, FilledForm filled) {
        this.form = form;
        this.filled = filled;
    }

    Section section(SectionDefinition section) {
        List<Answer> answers = answers(section.fields(), filled.answers(section.id()));
        MosaicSubmission.Table table = null;
        if (section.table() != null) {
            List<MosaicSubmission.Row> rows = filled.rows(section.table().id()).stream()
                    .map(row -> new MosaicSubmission.Row(row.rowId(), answers(section.table().columns(), row.values())))
                    .toList();
            table = new MosaicSubmission.Table(section.table().id(), rows);
        }
        return new Section(section.id(), section.title(), answers, table);
    }

    Coded coded(String tableId, String columnId, Map<String, List<String>> values) {
        String code = values.getOrDefault(columnId, List.of()).stream().findFirst().orElse(null);
        if (code == null) return null;
        FieldDefinition column = form.sectionWithTable(tableId).map(s -> s.table().column(columnId)).orElse(null);
        return new Coded(code, column == null ? code : labels(column, List.of(code)).get(0));
    }

    private List<Answer> answers(List<FieldDefinition> fields, Map<String, List<String>> values) {
        List<Answer> answers = new ArrayList<>();
        for (FieldDefinition field : fields) {
            List<String> given = values.getOrDefault(field.id(), List.of());
            if (!given.isEmpty()) {
                answers.add(new Answer(field.id(), field.label(), field.type().name().toLowerCase(), given,
                        isCoded(field) ? labels(field, given) : null));
            }
        }
        return answers;
    }

    private static boolean isCoded(FieldDefinition field) {
        return switch (field.type()) {
            case CHOICE, CHOICES, YES_NO, FAMILY_MEMBERS -> true;
            case TEXT, DATE -> false;
        };
    }

    private List<String> labels(FieldDefinition field, List<String> codes) {
        return codes.stream().map(code -> switch (field.type()) {
            case YES_NO -> "yes".equals(code) ? "Yes" : "No";
            case FAMILY_MEMBERS -> memberName(code);
            default -> form.options(field.options()).stream().filter(o -> o.code().equals(code))
                    .map(Option::label).findFirst().orElse(code);
        }).toList();
    }

    private String memberName(String memberId) {
        return filled.rows(TableIds.FAMILY_MEMBERS).stream().filter(row -> row.rowId().equals(memberId))
                .map(Row::values).map(v -> v.getOrDefault("name", List.of(memberId)).get(0))
                .findFirst().orElse(memberId);
    }
}
