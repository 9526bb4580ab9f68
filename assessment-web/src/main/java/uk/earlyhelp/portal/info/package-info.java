/** The public information pages every footer links to: accessibility statement, privacy notice, cookies. */
package uk.earlyhelp.portal.info;
