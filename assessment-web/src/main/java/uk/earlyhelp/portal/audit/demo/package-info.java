/**
 * The embedded default's two demo assessments with a history (seeded once, never in the postgres profile), so that the
 * demo auditor sees real timelines on the first run.
 */
package uk.earlyhelp.portal.audit.demo;
