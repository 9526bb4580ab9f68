/**
 * The assessment's public messages: commands (imperative), events (past tense, a contract that
 * auditors and integrators read for years: {@code @Revision} on each, upcasters for changes)
 * and the refusal a command can meet.
 */
package uk.earlyhelp.assessment.api;
