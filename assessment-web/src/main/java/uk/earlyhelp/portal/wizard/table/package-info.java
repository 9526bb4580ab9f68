/** Add-another tables (family members, professionals, actions): a page per row to add or change it, and removal with confirmation. */
package uk.earlyhelp.portal.wizard.table;
