-- The emailed one-time code a practitioner may sign in with instead of an authenticator app, where the council allows
-- it (portal.second-factor.practitioners=TOTP_OR_EMAIL; issue 16, item 3; ADR 0033). Only a SHA-256 hash of the code
-- and the account id is kept; a code works once (used_at) and until expires_at. A new sign-in forgets the unused ones.
create table account_email_code (
    account_id varchar(36)                 not null,
    code_hash  varchar(64)                 not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone,
    constraint pk_account_email_code primary key (account_id, code_hash),
    constraint fk_account_email_code_account foreign key (account_id) references account (id) on delete cascade
);
