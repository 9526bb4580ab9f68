/**
 * Links between practitioners and children: a practitioner's request (from the dashboard), the coordinator's queue
 * with grant (as key worker, to a record found by the records search) and decline (with a reason), ending a link, and
 * the emails each step sends.
 */
package uk.earlyhelp.portal.relationship.links;
