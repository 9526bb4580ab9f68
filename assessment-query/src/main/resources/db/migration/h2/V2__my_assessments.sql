-- My Assessments: one row per assessment, written only by the my-assessments projection and rebuilt
-- from the event stream on a replay. The PostgreSQL twin of this file differs only in type names.

create table my_assessment (
    assessment_id    varchar(255)                not null,
    author_id        varchar(255)                not null,
    form_id          varchar(255)                not null,
    form_version     integer                     not null,
    form_title       varchar                     not null,
    status           varchar(20)                 not null,
    last_changed     timestamp(6) with time zone not null,
    last_section_id  varchar(255),
    mosaic_reference varchar,
    -- The members' names joined ", " in the order they were added, ready to show.
    family_name      varchar                     not null,
    constraint pk_my_assessment primary key (assessment_id)
);
-- The one question asked: an author's rows, most recently changed first (the id breaks ties).
create index ix_my_assessment_author_last_changed
    on my_assessment (author_id, last_changed desc, assessment_id);

-- Each family member's name, kept one by one so a changed or removed member updates the family name,
-- and lower-cased once here so a search matches any member's name whatever its case.
create table my_assessment_family_member (
    assessment_id    varchar(255)                not null,
    member_index     integer                     not null,
    member_id        varchar(255)                not null,
    name             varchar                     not null,
    search_name      varchar                     not null,
    constraint pk_my_assessment_family_member primary key (assessment_id, member_index),
    constraint fk_my_assessment_family_member_assessment
        foreign key (assessment_id) references my_assessment (assessment_id) on delete cascade
);
