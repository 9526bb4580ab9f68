package uk.earlyhelp.portal.session;

import java.io.Serializable;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A save posted when its session had ended: everything the page sent (but its stale CSRF token), and the page
 * address that saves it again once its author has signed in.
 *
 * @param replayPath a section or table row page; an autosave is replayed as its section page's Save
 * @param owner      the signed-in user whose session had ended, as {@link SessionOwnerPass#ownerOf} names them (an
 *                   HMAC, not their email address); it is replayed to that user only
 */
record KeptSave(String assessmentId, String replayPath, LinkedMultiValueMap<String, String> parameters, String owner)
        implements Serializable {
}
