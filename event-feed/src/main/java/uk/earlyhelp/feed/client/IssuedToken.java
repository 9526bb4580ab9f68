package uk.earlyhelp.feed.client;

/** A token just made for a client: shown to the administrator once, then only its hash is kept. */
public record IssuedToken(IntegratorClient client, String token) {

    @Override
    public String toString() {
        return "IssuedToken[client=" + client.id() + "]";
    }
}
