/**
 * Where sessions live: in the servlet container's memory on the embedded default, or in the database (Spring Session
 * JDBC) when several nodes share one, so that the signed-in user, the CSRF token and a replayed kept save follow a
 * practitioner to whichever node the load balancer sends them (docs/decisions/0019-sessions-in-the-database.md).
 */
package uk.earlyhelp.portal.sessionstore;
