-- Failed sign-ins count per address and client (ADR 0016): the key is the address, or the address on a browser it has
-- signed in on before ("<address> on <browser id>"), which is longer than an address alone.
alter table sign_in_attempt alter column email type varchar(320);
