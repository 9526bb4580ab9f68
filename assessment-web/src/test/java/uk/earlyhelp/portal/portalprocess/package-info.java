/**
 * The portal as a process of its own (the packaged jar, or the test classpath where no jar is built yet), for the tests
 * that kill it with kill -9 or run several nodes side by side: one helper for the crash-safety and several-nodes tests.
 */
package uk.earlyhelp.portal.portalprocess;
