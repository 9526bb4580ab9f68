-- Emails signed-out visitors made the portal send (account requests, password resets), for their rate limits per
-- address and per client (ADR 0016). key_hash is an HMAC of "address" or "client" and the value: no address or IP.
-- Rows older than the window (portal.mail.request-limits.window) are deleted as new ones arrive.
create table mail_request (
    key_hash     varchar(64)                 not null,
    requested_at timestamp(6) with time zone not null
);
create index ix_mail_request_key on mail_request (key_hash, requested_at);
