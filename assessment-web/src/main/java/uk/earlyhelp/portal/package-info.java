/** The runnable Early Help Portal: its entry point and the wiring that holds the other modules together. */
package uk.earlyhelp.portal;
