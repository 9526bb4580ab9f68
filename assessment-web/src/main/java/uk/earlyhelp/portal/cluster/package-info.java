/**
 * Several portal nodes on one database: this node's name, and Axon's token store signing this node's claims of event
 * processors' segments with it, so that token_entry.owner says which node processes what
 * (docs/decisions/0018-several-nodes-one-database.md).
 */
package uk.earlyhelp.portal.cluster;
