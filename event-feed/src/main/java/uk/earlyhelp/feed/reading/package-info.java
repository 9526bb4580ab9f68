/** Reading the event store for integrators, in its global order, by Axon tracking token (the feed's cursor). */
package uk.earlyhelp.feed.reading;
