/** Sessions that time out safely: the warning before, staying signed in, and saves posted after the end kept until the author signs in again. */
package uk.earlyhelp.portal.session;
