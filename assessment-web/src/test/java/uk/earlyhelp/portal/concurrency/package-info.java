/** Many requests at once against the running portal over real HTTP: no starvation, no lost save, no 500. */
package uk.earlyhelp.portal.concurrency;
