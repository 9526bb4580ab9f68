/**
 * Every published event also on a Kafka topic, as the same CloudEvent the integrator feed serves (issue 14, ADR 0020):
 * keyed by aggregate, driven by an Axon processing group of its own whose token advances only once the broker has
 * acknowledged each record, so a restart or a broker outage loses nothing and never holds up a save.
 */
package uk.earlyhelp.feed.kafka;
