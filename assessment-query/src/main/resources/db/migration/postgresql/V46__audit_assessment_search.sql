-- The auditors' search (issue 11): every assessment of every author, deleted drafts included, written only by the
-- audit-assessment-search projection (uk.earlyhelp.query.auditsearch) and rebuilt by a replay. Author names, emails
-- and localities are not copied here: the search joins the account table, so a renamed account is found by its new
-- name. The same on H2 and PostgreSQL.
create table audit_assessment (
    assessment_id    varchar(255)                not null,
    author_id        varchar(255)                not null,
    form_title       varchar                     not null,
    status           varchar(20)                 not null,
    deleted          boolean                     not null,
    delivery_status  varchar(20),
    mosaic_reference varchar,
    last_changed     timestamp(6) with time zone not null,
    -- The current members' names joined ", ", ready to show.
    family_name      varchar                     not null,
    constraint pk_audit_assessment primary key (assessment_id)
);
create index ix_audit_assessment_last_changed on audit_assessment (last_changed desc, assessment_id);
create index ix_audit_assessment_author on audit_assessment (author_id);

-- Every member the assessment ever named, removed ones too (an auditor asks "which assessments mentioned this
-- person?"), lower-cased in Java for a search in any case.
create table audit_assessment_member (
    assessment_id varchar(255) not null,
    member_index  integer      not null,
    member_id     varchar(255) not null,
    name          varchar      not null,
    search_name   varchar      not null,
    removed       boolean      not null,
    constraint pk_audit_assessment_member primary key (assessment_id, member_index),
    constraint fk_audit_assessment_member_assessment
        foreign key (assessment_id) references audit_assessment (assessment_id) on delete cascade
);
create index ix_audit_assessment_member_search on audit_assessment_member (search_name);
