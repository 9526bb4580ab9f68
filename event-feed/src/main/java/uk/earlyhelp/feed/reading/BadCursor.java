package uk.earlyhelp.feed.reading;

/** A cursor the feed did not give out (or that was altered): the client gets a 400, never a guessed position. */
public class BadCursor extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadCursor() {
        super("not a cursor of this feed", null, false, false);
    }
}
