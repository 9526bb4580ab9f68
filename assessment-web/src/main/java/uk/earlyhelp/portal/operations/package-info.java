/**
 * What an operations engineer watches (issue 13.5): health of Mosaic and of each event processor, and gauges for
 * processor lag and parked Mosaic deliveries in Prometheus, beside Boot's own (database, mail, Hikari, requests) and
 * axon-micrometer's (command, event and processor timings). Served under /actuator to this machine or an administrator
 * only (SecurityConfiguration); every label names a processor or a route, never a person or an assessment.
 */
package uk.earlyhelp.portal.operations;
