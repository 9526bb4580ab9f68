/**
 * A stand-in for Mosaic's integration endpoint: a real HTTP server with storage of its own that keeps the delivery
 * contract (docs/mosaic-delivery-contract.md), and can be told to fail, for the embedded default, tests and demos.
 */
package uk.earlyhelp.mosaic.standin;
