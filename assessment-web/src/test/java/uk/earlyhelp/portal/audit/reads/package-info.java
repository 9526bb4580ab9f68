/** Tests that every read of an assessment is recorded and shown in the auditor's timeline (issue 16, item 2). */
package uk.earlyhelp.portal.audit.reads;
