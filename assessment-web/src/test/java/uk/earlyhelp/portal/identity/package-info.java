/** That people are named by account id everywhere events and read models name them (ADR 0032). */
package uk.earlyhelp.portal.identity;
