/** Starting an assessment and its front page: the task list of a draft, or the read-only view once submitted. */
package uk.earlyhelp.portal.wizard.tasklist;
