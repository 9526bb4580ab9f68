package uk.earlyhelp.portal.relationship.csvimport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.relationship.ChildRecords;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * Records each good row of an extract as a child of the coordinator's locality, one command per row: a refused row
 * records nothing and does not stop the others. A row whose Mosaic person reference the locality already holds is
 * counted, not recorded again.
 */
@Component
class CsvImport {

    /** What an import did. */
    record Report(int recorded, List<Integer> alreadyHeld, List<ChildCsv.Problem> problems) {
    }

    private final ChildRecords records;

    CsvImport(ChildRecords records) {
        this.records = records;
    }

    Report run(PortalUser coordinator, ChildCsv.Result csv) {
        int recorded = 0;
        List<Integer> alreadyHeld = new ArrayList<>();
        List<ChildCsv.Problem> problems = new ArrayList<>(csv.problems());
        for (ChildCsv.Row row : csv.rows()) {
            ChildRecords.Outcome outcome = records.record(coordinator, row.details(), ChildSource.CSV_IMPORT, null, null);
            if (outcome instanceof ChildRecords.Recorded) {
                recorded++;
            } else if (outcome instanceof ChildRecords.AlreadyHeld) {
                alreadyHeld.add(row.line());
            } else if (outcome instanceof ChildRecords.Refused refused) {
                problems.add(new ChildCsv.Problem(row.line(),
                        refused.errors().stream().map(FieldError::message).collect(Collectors.joining("; "))));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ChildCsv.Problem::line));
        return new Report(recorded, alreadyHeld, problems);
    }
}
