/** Crash safety shown: a real portal process killed with kill -9 under load and restarted on the same data (issue 15). */
package uk.earlyhelp.portal.crashsafety;
