/** Benchmarks run by the Maven profile {@code benchmark} (see assessment-web/pom.xml): mains, never tests. */
package uk.earlyhelp.portal.benchmark;
