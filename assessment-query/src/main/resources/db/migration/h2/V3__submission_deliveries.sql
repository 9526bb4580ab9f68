-- The daily reconciliation: one row per submitted assessment and what became of its delivery into Mosaic,
-- written only by the reconciliation projection and rebuilt from the event stream on a replay.
-- The PostgreSQL twin of this file is the same.

create table submission_delivery (
    assessment_id       varchar(255)                not null,
    -- The day it was submitted in the council's time zone: the reconciliation lists by day.
    submitted_on        date                        not null,
    submitted_at        timestamp(6) with time zone not null,
    submitted_by        varchar(255),
    mosaic_reference    varchar(255),
    delivered_at        timestamp(6) with time zone,
    failures_recorded   integer                     not null,
    last_failure_reason varchar,
    last_failure_at     timestamp(6) with time zone,
    constraint pk_submission_delivery primary key (assessment_id)
);
create index ix_submission_delivery_submitted on submission_delivery (submitted_on, submitted_at, assessment_id);
