/** Making the JVM exit once the portal's Spring context has closed: no framework thread may hold it open. */
package uk.earlyhelp.portal.shutdown;
