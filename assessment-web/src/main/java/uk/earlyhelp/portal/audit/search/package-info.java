/** Find: the auditor's search over every assessment of every author, deleted drafts included. */
package uk.earlyhelp.portal.audit.search;
