/** Read models, one feature package each, built by projections from the event stream; nothing here writes events. */
package uk.earlyhelp.query;
