/** The assessment as an accessible (PDF/UA-1) PDF, printed from a Thymeleaf template with the screens' wording. */
package uk.earlyhelp.portal.pdf;
