-- Leases of the scheduled jobs (ShedLock's JDBC provider, uk.earlyhelp.portal.joblease): one row per job, held by the
-- node running it until lock_until, so that with several portals on this database each run happens on one node only.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
