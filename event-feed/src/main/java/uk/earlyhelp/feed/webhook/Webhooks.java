package uk.earlyhelp.feed.webhook;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clients' webhook endpoints and parked deliveries (tables {@code integrator_webhook}, {@code …_parked}). */
public class Webhooks {

    private static final String PARKED_COLUMNS = "id, client_id, subject, event_id, body, attempts, last_error, parked_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Webhooks(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** Sets (or replaces) the client's endpoint, with a new secret. */
    Webhook register(String clientId, URI url) {
        Webhook webhook = new Webhook(clientId, url, WebhookSignature.newSecret());
        jdbc.sql("delete from integrator_webhook where client_id = ?").param(clientId).update();
        jdbc.sql("insert into integrator_webhook (client_id, url, secret, added_at) values (?, ?, ?, ?)")
                .params(clientId, url.toString(), webhook.secret(), now()).update();
        return webhook;
    }

    public Optional<Webhook> find(String clientId) {
        return jdbc.sql("select client_id, url, secret from integrator_webhook where client_id = ?").param(clientId)
                .query((row, number) -> webhook(row)).optional();
    }

    List<Webhook> all() {
        return jdbc.sql("select client_id, url, secret from integrator_webhook").query((row, number) -> webhook(row))
                .list();
    }

    void park(String clientId, String subject, String eventId, String body, int attempts, String error) {
        jdbc.sql("insert into integrator_webhook_parked (client_id, subject, event_id, body, attempts, last_error, "
                        + "parked_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(clientId, subject, eventId, body, attempts, error, now()).update();
    }

    boolean hasParked(String clientId, String subject) {
        return jdbc.sql("select count(*) from integrator_webhook_parked where client_id = ? and subject = ?")
                .params(clientId, subject).query(Long.class).single() > 0;
    }

    /** The client's parked deliveries, oldest first: the order they must be delivered in. */
    public List<ParkedDelivery> parked(String clientId) {
        return jdbc.sql("select " + PARKED_COLUMNS + " from integrator_webhook_parked where client_id = ? order by id")
                .param(clientId).query((row, number) -> parked(row)).list();
    }

    void delivered(long parkedId) {
        jdbc.sql("delete from integrator_webhook_parked where id = ?").param(parkedId).update();
    }

    void failedAgain(long parkedId, int attempts, String error) {
        jdbc.sql("update integrator_webhook_parked set attempts = ?, last_error = ? where id = ?")
                .params(attempts, error, parkedId).update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Webhook webhook(ResultSet row) throws SQLException {
        return new Webhook(row.getString("client_id"), URI.create(row.getString("url")), row.getString("secret"));
    }

    private static ParkedDelivery parked(ResultSet row) throws SQLException {
        return new ParkedDelivery(row.getLong("id"), row.getString("client_id"), row.getString("subject"),
                row.getString("event_id"), row.getString("body"), row.getInt("attempts"), row.getString("last_error"),
                row.getObject("parked_at", OffsetDateTime.class).toInstant());
    }
}
