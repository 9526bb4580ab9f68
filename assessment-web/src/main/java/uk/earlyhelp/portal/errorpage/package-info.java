/** What a visitor sees when something goes wrong: GOV.UK-styled pages that never show technical detail. */
package uk.earlyhelp.portal.errorpage;
