/**
 * The anti-corruption layer: Mosaic's request and response types, the translation of a finished assessment into
 * them, and the HTTP client (API key, mutual TLS, timeouts). Nothing outside this package sees a Mosaic type.
 */
package uk.earlyhelp.mosaic.client;
