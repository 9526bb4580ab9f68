-- Professional relationships (issue 7): read models of the child-records, child-view-history, link-requests and
-- linked-children projections, each written only by its own processor and rebuilt from the event stream on a
-- replay. The events (ChildRecorded, ChildViewed, LinkRequested, …) are the record; these tables can be dropped
-- and rebuilt. People are account ids, never email addresses. The H2 twin differs only in type names.

create table child_record (
    child_id                varchar(64)                 not null,
    locality                varchar(100)                not null,
    first_name              varchar(100)                not null,
    last_name               varchar(100)                not null,
    date_of_birth           date                        not null,
    address                 varchar(500)                not null,
    phone                   varchar(40)                 not null,
    email                   varchar(254)                not null,
    mosaic_person_reference varchar(40)                 not null,
    involved_workers        varchar(1000)               not null,
    source                  varchar(30)                 not null,
    -- Only for records made from an assessment's family member; empty otherwise.
    assessment_id           varchar(64)                 not null,
    family_member_id        varchar(64)                 not null,
    recorded_at             timestamptz                 not null,
    constraint pk_child_record primary key (child_id)
);
-- A coordinator's list: one locality's children by name.
create index ix_child_record_locality on child_record (locality, last_name, first_name);

-- One row per ChildViewed event, keyed by the child and the event's sequence number in the child's stream.
create table child_view (
    view_id         varchar(100)                not null,
    child_id        varchar(64)                 not null,
    sequence_number bigint                      not null,
    viewer_id       varchar(64)                 not null,
    viewer_role     varchar(30)                 not null,
    viewed_at       timestamptz                 not null,
    constraint pk_child_view primary key (view_id)
);
create index ix_child_view_child on child_view (child_id, sequence_number);

-- Every request for a link and what became of it.
create table link_request (
    link_id                varchar(64)                 not null,
    practitioner_id        varchar(64)                 not null,
    locality               varchar(100)                not null,
    child_first_name       varchar(100)                not null,
    child_last_name        varchar(100)                not null,
    child_date_of_birth    varchar(10)                 not null,
    child_mosaic_reference varchar(40)                 not null,
    reason                 varchar(1000)               not null,
    status                 varchar(20)                 not null,
    requested_at           timestamptz                 not null,
    child_id               varchar(64),
    decided_by             varchar(64),
    decided_at             timestamptz                ,
    outcome_reason         varchar(1000),
    constraint pk_link_request primary key (link_id)
);
-- The coordinator's queue (a locality's pending requests, oldest first), and who is linked to a child.
create index ix_link_request_locality_status on link_request (locality, status, requested_at);
create index ix_link_request_child_status on link_request (child_id, status);

-- Active links only: a row goes when its link ends.
create table linked_child (
    link_id         varchar(64)                 not null,
    practitioner_id varchar(64)                 not null,
    child_id        varchar(64)                 not null,
    linked_at       timestamptz                 not null,
    constraint pk_linked_child primary key (link_id)
);
create index ix_linked_child_practitioner on linked_child (practitioner_id);
