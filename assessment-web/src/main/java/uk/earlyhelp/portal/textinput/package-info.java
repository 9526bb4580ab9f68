/** The one boundary every typed value crosses: request parameters cleaned by the text-input rule (TypedText, ADR 0016). */
package uk.earlyhelp.portal.textinput;
