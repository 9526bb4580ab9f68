-- One identity (issue 18, ADR 0032): read models and logs name people by account id, never by email address. Rows
-- written while the portal used addresses are re-keyed from the account table; an address no account holds becomes
-- 'unknown-account', as the event upcasters read it. Snapshots are dropped: they are a cache of aggregate state that
-- may hold an address, and Axon rebuilds them from the (upcast) events. The PostgreSQL twin also lifts the
-- append-only triggers of the two logs for the length of this one rewrite.
alter table audit_access_log disable trigger audit_access_log_append_only;
alter table account_history disable trigger account_history_append_only;
update my_assessment m set author_id = coalesce((select a.id from account a where a.email = lower(trim(m.author_id))),
    'unknown-account') where m.author_id like '%@%';
update audit_assessment s set author_id = coalesce((select a.id from account a where a.email = lower(trim(s.author_id))),
    'unknown-account') where s.author_id like '%@%';
update submission_delivery d set submitted_by = coalesce((select a.id from account a
    where a.email = lower(trim(d.submitted_by))), 'unknown-account') where d.submitted_by like '%@%';
update audit_access_log l set actor_id = coalesce((select a.id from account a where a.email = lower(trim(l.actor_id))),
    'unknown-account') where l.actor_id like '%@%';
update account_history h set actor = coalesce((select a.id from account a where a.email = lower(trim(h.actor))),
    'unknown-account') where h.actor like '%@%';
delete from snapshot_event_entry;
alter table audit_access_log enable trigger audit_access_log_append_only;
alter table account_history enable trigger account_history_append_only;
