-- A second factor for signing in (issue 16, item 3; ADR 0022): an account's TOTP secret (RFC 6238), encrypted by the
-- portal (AES-GCM, key from its configuration: never the secret itself in a column, a log or a backup), the last
-- time step a code was accepted for (a code of that step or an earlier one is refused: no replay), and its single-use
-- recovery codes, as SHA-256 hashes only (they are random, 50 bits or more: a slow hash adds nothing).
create table account_second_factor (
    account_id       varchar(36)                 not null,
    secret_encrypted bytea                      not null,
    enrolled_at      timestamp(6) with time zone not null,
    last_used_step   bigint                      not null,
    constraint pk_account_second_factor primary key (account_id),
    constraint fk_account_second_factor_account foreign key (account_id) references account (id) on delete cascade
);
create table account_recovery_code (
    account_id varchar(36)                 not null,
    code_hash  varchar(64)                 not null,
    used_at    timestamp(6) with time zone,
    constraint pk_account_recovery_code primary key (account_id, code_hash),
    constraint fk_account_recovery_code_account foreign key (account_id) references account (id) on delete cascade
);
