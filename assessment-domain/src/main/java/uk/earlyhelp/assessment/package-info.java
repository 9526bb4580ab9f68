/**
 * The Early Help Assessment as an event-sourced aggregate: every rule about what may be saved,
 * finished, deleted and delivered lives here.
 */
package uk.earlyhelp.assessment;
