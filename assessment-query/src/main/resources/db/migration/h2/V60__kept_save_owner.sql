-- A save is kept only for a signed-in session that has ended, and replayed only to the same user (ADR 0016).
-- owner_hash is an HMAC of that user's name under the portal's signing key: no email address in the table. Rows kept
-- before this have none and are never replayed; they expire within portal.session.keep-saves-for.
alter table kept_save add column owner_hash varchar(64);
create index ix_kept_save_owner_hash on kept_save (owner_hash);
