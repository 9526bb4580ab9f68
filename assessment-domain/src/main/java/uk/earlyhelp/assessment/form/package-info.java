/**
 * Forms as data: the definition of a form (sections, fields, limits, option lists) read from
 * YAML, checked when loaded, and the rules that check answers against it.
 */
package uk.earlyhelp.assessment.form;
