-- One AES key per assessment (issue 15, ADR 0026), wrapped by the master key that lives outside the database.
-- Erasure sets wrapped_key to null and keeps the row, so an erased assessment can never be given a new key.
create table personal_data_key (
    owner_id     varchar(255) not null primary key,
    wrapped_key  varbinary(128),
    created_at   timestamp    not null,
    destroyed_at timestamp
);
