-- Retention (issue 15, item 3; uk.earlyhelp.portal.retention; docs/decisions/0028-retention.md). No personal data in
-- either table: ids, versions, instants and the Mosaic reference. The H2 twin of this file is the same.

-- A draft's author was warned that it will be deleted: one row per draft and version (the sequence number of its last
-- event when warned). An edit makes a new version, so a later warning is a new row; the key makes a second warning of
-- the same version (another node, a rerun) impossible, so the email goes once.
create table draft_retention_warning (
    assessment_id           varchar(255)                not null,
    untouched_since_version bigint                      not null,
    last_touched_at         timestamp(6) with time zone not null,
    warned_at               timestamp(6) with time zone not null,
    delete_after            timestamp(6) with time zone not null,
    primary key (assessment_id, untouched_since_version)
);

-- What stays of a submitted assessment once its retention period is over and it has been erased: that it existed,
-- when it was submitted, when it was due and erased, and where Mosaic holds the council's record of it.
create table retention_receipt (
    assessment_id    varchar(255)                not null primary key,
    submitted_at     timestamp(6) with time zone not null,
    due_at           timestamp(6) with time zone not null,
    erased_at        timestamp(6) with time zone not null,
    mosaic_reference varchar(255)
);
