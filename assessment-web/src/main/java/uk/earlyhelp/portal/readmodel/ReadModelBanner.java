package uk.earlyhelp.portal.readmodel;

import java.io.Serializable;

/**
 * What a retry or a replay did, shown once above the page after the redirect (a flash attribute, kept in the session
 * until then, hence serializable).
 *
 * @param success a success banner, else an "important" one
 * @param text    null when the heading says it all
 */
record ReadModelBanner(boolean success, String heading, String text) implements Serializable {

    static final String ATTRIBUTE = "readModelBanner";
}
