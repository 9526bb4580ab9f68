-- Staff accounts (coordinators, auditors, administrators; assessment-web, uk.earlyhelp.portal.account.staff) are made
-- by an administrator, not asked for: council staff have no partner organisation, auditors and administrators need
-- no locality, and the first administrator, made from configuration at start-up, has no phone number yet.
-- The same statements for H2 and PostgreSQL.
alter table account alter column phone drop not null;
alter table account alter column organisation drop not null;
alter table account alter column organisation_type drop not null;
alter table account alter column locality drop not null;
