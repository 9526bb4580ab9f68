package uk.earlyhelp.portal.session;

/**
 * What the layout's timeout warning (fragments/session-timeout) needs to know: the page counts down from its own
 * load, as the server counts from the request that drew it.
 */
public record SessionTimeoutPage(long timeoutSeconds, long warningSeconds, String keepAlivePath) {
}
