-- Saves posted after their session had ended, kept until their author signs in again (portal.session in the web
-- module). A row lives until it is replayed or expires; the token it is kept under is in the browser's cookie only,
-- the table has its SHA-256. The H2 twin of this file differs only in type names.

create table kept_save (
    token_hash    varchar(64)                 not null,
    assessment_id varchar(64)                 not null,
    -- The page whose Save replays it, e.g. /assessments/{id}/sections/{sectionId}.
    replay_path   varchar(400)                not null,
    -- Everything the page posted but its CSRF token, as application/x-www-form-urlencoded text.
    form_body     text                        not null,
    kept_at       timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    constraint pk_kept_save primary key (token_hash)
);
create index ix_kept_save_expires_at on kept_save (expires_at);
