-- Changes to a child's details (ChildDetailsChanged): the history a coordinator sees on the child's page. Written
-- only by the child-records processor, which also updates child_record, because which details changed is known only
-- against the details before the change; rebuilt with child_record on a replay. The changed details are named, never
-- their values (those are held once, in child_record). The H2 twin differs only in type names.

create table child_detail_change (
    -- The child and the event's sequence number in the child's stream: an event seen twice adds nothing.
    change_id       varchar(100)                not null,
    child_id        varchar(64)                 not null,
    sequence_number bigint                      not null,
    -- A coordinator's account id, never an email address.
    changed_by      varchar(64)                 not null,
    -- COORDINATOR (the change form) or CSV_IMPORT.
    source          varchar(30)                 not null,
    -- ChildDetails' component names, comma-separated: e.g. address,involvedWorkers.
    changed_fields  varchar(200)                not null,
    changed_at      timestamptz                 not null,
    constraint pk_child_detail_change primary key (change_id)
);
create index ix_child_detail_change_child on child_detail_change (child_id, sequence_number);
