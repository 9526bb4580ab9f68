/**
 * Child records imported from a CSV extract (docs/child-records-csv.md): the parser, which keeps good rows and reports
 * bad ones by line, and the upload page with its report.
 */
package uk.earlyhelp.portal.relationship.csvimport;
