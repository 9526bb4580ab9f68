/** How assessments' events are stored: snapshots of long histories and the PostgreSQL column types of Axon's tables. */
package uk.earlyhelp.portal.eventstore;
