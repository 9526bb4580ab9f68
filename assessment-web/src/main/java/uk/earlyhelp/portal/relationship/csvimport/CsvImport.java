package uk.earlyhelp.portal.relationship.csvimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.relationship.ChildRecords;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * Records each good row of an extract as a child of the coordinator's locality, one command per row: a refused row
 * records nothing and does not stop the others. A row whose Mosaic person reference the locality already holds updates
 * that record's details if they differ (the extract is the case system's word on them), and records nothing if not,
 * so the same file can be imported again and again.
 */
@Component
class CsvImport {

    /** What an import did, by line. */
    record Report(List<Integer> added, List<Integer> changed, List<Integer> unchanged, List<ChildCsv.Problem> problems) {
    }

    private final ChildRecords records;

    CsvImport(ChildRecords records) {
        this.records = records;
    }

    Report run(PortalUser coordinator, ChildCsv.Result csv) {
        List<Integer> added = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        List<Integer> unchanged = new ArrayList<>();
        List<ChildCsv.Problem> problems = new ArrayList<>(csv.problems());
        for (ChildCsv.Row row : csv.rows()) {
            ChildRecords.Outcome outcome = records.record(coordinator, row.details(), ChildSource.CSV_IMPORT, null, null);
            if (outcome instanceof ChildRecords.AlreadyHeld held) {
                outcome = records.change(coordinator, held.childId(), row.details(), ChildSource.CSV_IMPORT);
            }
            if (outcome instanceof ChildRecords.Recorded) {
                added.add(row.line());
            } else if (outcome instanceof ChildRecords.Changed) {
                changed.add(row.line());
            } else if (outcome instanceof ChildRecords.Unchanged) {
                unchanged.add(row.line());
            } else if (outcome instanceof ChildRecords.Refused refused) {
                problems.add(new ChildCsv.Problem(row.line(),
                        refused.errors().stream().map(FieldError::message).collect(Collectors.joining("; "))));
            }
        }
        problems.sort(Comparator.comparingInt(ChildCsv.Problem::line));
        return new Report(added, changed, unchanged, problems);
    }
}
