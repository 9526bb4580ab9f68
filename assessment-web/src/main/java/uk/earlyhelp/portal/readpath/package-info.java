/**
 * The one read path of the pages (issue 18): a query waited for, with the domain's "no such thing" unwrapped from
 * whatever the query bus wrapped it in. Ids are checked with {@code uk.earlyhelp.assessment.api.SafeId} before asking.
 */
package uk.earlyhelp.portal.readpath;
