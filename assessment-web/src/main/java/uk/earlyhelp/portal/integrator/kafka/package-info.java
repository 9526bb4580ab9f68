/** Wires the event feed's Kafka publication into the portal when a broker is configured (ADR 0020). */
package uk.earlyhelp.portal.integrator.kafka;
