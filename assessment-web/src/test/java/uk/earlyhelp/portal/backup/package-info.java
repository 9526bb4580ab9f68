/** The backup and restore drill of docs/operations/backup-and-restore.md, run against real databases. */
package uk.earlyhelp.portal.backup;
