-- The portal nodes on this database (uk.earlyhelp.portal.cluster.NodeRoster): each node writes its row every heartbeat
-- (the database's clock), so each can tell how many are alive and hand segments of the event processors back to a node
-- that has returned (docs/decisions/0031-segments-given-back.md). A row not written for three heartbeats is a node gone.
create table cluster_node (
    node_name varchar(255) not null primary key,
    seen_at   timestamp    not null
);
