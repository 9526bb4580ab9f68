/**
 * The auditors' search read model: every assessment of every author, deleted drafts included, by family member, author,
 * locality, status and date of last change. Processing group {@code audit-assessment-search}, rebuilt by a replay.
 */
package uk.earlyhelp.query.auditsearch;
