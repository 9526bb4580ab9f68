/** Values the portal hands a browser and must recognise as its own when they come back (HMAC-SHA-256, the JDK's). */
package uk.earlyhelp.portal.signing;
