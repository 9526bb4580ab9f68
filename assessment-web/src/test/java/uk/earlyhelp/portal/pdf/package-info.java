/** The assessment PDF: its content, who may download it, PDF/UA-1 by veraPDF, and the copy delivered into Mosaic. */
package uk.earlyhelp.portal.pdf;
