/** What an operations engineer reads: Actuator health and Prometheus metrics, and who may read them. */
package uk.earlyhelp.portal.operations;
