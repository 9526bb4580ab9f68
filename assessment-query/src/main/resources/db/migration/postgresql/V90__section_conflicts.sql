-- Answers a save could not apply because another tab had changed them too since the save's page was drawn
-- (docs/decisions/0023): kept until the practitioner chooses between the two texts on the conflict page, so that
-- neither is lost to a reload or a session time-out. The other text is the assessment's own (its event store);
-- this keeps only this page's. Only the assessment's author reaches it (the wizard's own check). One row per
-- assessment section; a later conflicting save of it replaces the row, and settling it deletes the row.
-- The H2 twin of this file differs only in type names.

create table section_conflict (
    assessment_id varchar(64)                 not null,
    section_id    varchar(64)                 not null,
    -- The conflicting answers this page saved, as JSON: {"fieldId": ["value", ...], ...}.
    mine_json     text                        not null,
    kept_at       timestamp(6) with time zone not null,
    constraint pk_section_conflict primary key (assessment_id, section_id)
);
