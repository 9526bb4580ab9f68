/** How projections and the Mosaic projector consume the event stream by default: pooled processors, large batches. */
package uk.earlyhelp.portal.eventprocessing;
