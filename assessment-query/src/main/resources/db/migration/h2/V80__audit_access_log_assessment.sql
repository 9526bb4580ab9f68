-- Every read of an assessment recorded (issue 16, item 2): the wizard's pages, the submitted view, each PDF, the
-- coordinator's and the auditor's views. The assessment read is kept in a column of its own, so the auditor's timeline
-- of one assessment finds its reads ("Who opened it", ADR 0021) by index, whatever else the entry's target says.
-- Null for reads of anything else (a search, an account's or a child record's history). Adding a column changes no
-- row, so the append-only triggers of V45 (PostgreSQL) are not involved and stay as they are.
alter table audit_access_log add column assessment_id varchar(64);
create index ix_audit_access_log_assessment on audit_access_log (assessment_id, accessed_at desc, id desc);
