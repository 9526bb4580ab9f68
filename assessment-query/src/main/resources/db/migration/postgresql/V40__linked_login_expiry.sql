-- Linked logins expire (DOMAIN.md, Accounts 5; docs/decisions/0010-linked-login-expiry.md). An account is "used" when
-- it signs in, and when it is approved or reactivated (so a new or reactivated login gets its full period); the
-- inactivity sweep compares this with the clock. expiry_warned_at: when the warning email went for the current
-- period of disuse, so that it goes once; signing in or a reactivation clears it. The same statements for H2 and
-- PostgreSQL.
alter table account add column last_used_at timestamp(6) with time zone;
alter table account add column expiry_warned_at timestamp(6) with time zone;

-- Existing accounts: the later of their last sign-in and their latest approval (or reactivation, first password,
-- seeding), else when they were asked for. coalesce on both sides because H2 and PostgreSQL treat a null in
-- greatest() differently.
update account set last_used_at = coalesce(
        greatest(coalesce(last_signed_in_at, (select max(h.happened_at) from account_history h
                                              where h.account_id = account.id
                                                and h.what in ('APPROVED', 'REACTIVATED', 'PASSWORD_SET', 'SEEDED'))),
                 coalesce((select max(h.happened_at) from account_history h
                           where h.account_id = account.id
                             and h.what in ('APPROVED', 'REACTIVATED', 'PASSWORD_SET', 'SEEDED')), last_signed_in_at)),
        requested_at)
    where status in ('APPROVED', 'EXPIRED');

-- The sweep asks for approved accounts unused since a cut-off; the links are checked for those only.
create index ix_account_status_last_used on account (status, last_used_at);
