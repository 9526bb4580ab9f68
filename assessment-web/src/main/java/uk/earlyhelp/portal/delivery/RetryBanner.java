package uk.earlyhelp.portal.delivery;

import java.io.Serializable;

/**
 * What a retry did, shown once above the table after the redirect (a flash attribute, kept in the session until then,
 * hence serializable).
 *
 * @param delivered whether everything retried reached Mosaic: a success banner, else an "important" one
 * @param text      null when the heading says it all
 */
record RetryBanner(boolean delivered, String heading, String text) implements Serializable {

    static final String ATTRIBUTE = "retried";
}
