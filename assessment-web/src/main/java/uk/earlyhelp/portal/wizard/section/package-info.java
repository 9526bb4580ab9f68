/** One page per section: Save, Save and continue, autosave, and the significant-harm stop page. */
package uk.earlyhelp.portal.wizard.section;
