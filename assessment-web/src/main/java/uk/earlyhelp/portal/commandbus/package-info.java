/**
 * How commands are handled under load: each aggregate's lock is taken before any database connection, a save racing
 * another portal's save of the same aggregate is retried, and nothing waits for a lock while holding a connection
 * (docs/decisions/0015-aggregate-lock-before-connection.md).
 */
package uk.earlyhelp.portal.commandbus;
