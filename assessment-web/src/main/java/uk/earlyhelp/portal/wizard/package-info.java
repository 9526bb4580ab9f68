/** The Early Help Assessment wizard: opening an assessment for its author only, starting one, and its task list. */
package uk.earlyhelp.portal.wizard;
