package uk.earlyhelp.relationship.api;

import java.util.List;

/** The answer to {@link FindChildRecords} and {@link FindChildRecordCandidates}. */
public record ChildRecordList(List<ChildRecordSummary> children) {

    public ChildRecordList {
        children = List.copyOf(children);
    }
}
