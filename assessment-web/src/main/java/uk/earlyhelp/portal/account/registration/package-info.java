/** "Create your account": the request, and the single-use link that confirms its email address. */
package uk.earlyhelp.portal.account.registration;
