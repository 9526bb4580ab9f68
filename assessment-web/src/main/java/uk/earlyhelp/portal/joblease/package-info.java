/**
 * Scheduled jobs that run on one node per run, however many portals share the database: each run takes a lease (a
 * ShedLock row in the database) for its interval, and a node that finds the lease held skips its turn
 * (docs/decisions/0018-several-nodes-one-database.md).
 */
package uk.earlyhelp.portal.joblease;
