-- A practitioner's own link requests (docs/decisions/0009-professional-relationships.md, amended): the dashboard lists
-- those waiting for the coordinator and those declined lately, and the linked-login expiry sweep looks for expired
-- accounts with a request still pending, to withdraw it (docs/decisions/0010). Both ask by practitioner and status;
-- without this index each would read the whole table. Status WITHDRAWN (LinkRequestWithdrawn) fits the existing
-- column; the withdrawal's who, when and why use decided_by, decided_at and outcome_reason. The same on H2 and
-- PostgreSQL.
create index ix_link_request_practitioner_status on link_request (practitioner_id, status, requested_at);
