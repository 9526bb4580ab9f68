/** The live stream of events (Server-Sent Events), read from the event store as it is written, by tracking token. */
package uk.earlyhelp.feed.stream;
