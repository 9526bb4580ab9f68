package uk.earlyhelp.feed.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.feed.cloudevent.EventGroup;

/**
 * The integrator clients and their tokens (tables {@code integrator_client}, {@code integrator_token}). A client has
 * one token, or two for the grace period after a rotation; revoking removes its tokens at once.
 */
public class IntegratorClients {

    private static final String CLIENT_COLUMNS = "c.id, c.name, c.event_groups, c.redacted, c.added_at, c.revoked_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IntegratorProperties properties;

    public IntegratorClients(DataSource dataSource, Clock clock, IntegratorProperties properties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public IssuedToken add(String name, Set<EventGroup> groups, boolean redacted) {
        IntegratorClient client = new IntegratorClient(UUID.randomUUID().toString(), name, Set.copyOf(groups),
                redacted, clock.instant(), null);
        jdbc.sql("insert into integrator_client (id, name, event_groups, redacted, added_at) values (?, ?, ?, ?, ?)")
                .params(client.id(), name, groups.stream().map(EventGroup::code).sorted()
                        .collect(Collectors.joining(",")), redacted, utc(client.addedAt()))
                .update();
        return new IssuedToken(client, issue(client.id()));
    }

    /** A new token; the ones the client holds now stop working after the grace period. Empty if revoked or unknown. */
    @Transactional
    public Optional<IssuedToken> rotate(String clientId) {
        Optional<IntegratorClient> client = find(clientId).filter(found -> !found.revoked());
        client.ifPresent(found -> jdbc.sql("update integrator_token set expires_at = ? where client_id = ? "
                        + "and (expires_at is null or expires_at > ?)")
                .params(utc(clock.instant().plus(properties.rotationGrace())), clientId,
                        utc(clock.instant().plus(properties.rotationGrace())))
                .update());
        return client.map(found -> new IssuedToken(found, issue(found.id())));
    }

    /** At once: its tokens are deleted, so its very next call is refused. False if unknown or already revoked. */
    @Transactional
    public boolean revoke(String clientId) {
        jdbc.sql("delete from integrator_token where client_id = ?").param(clientId).update();
        return jdbc.sql("update integrator_client set revoked_at = ? where id = ? and revoked_at is null")
                .params(utc(clock.instant()), clientId).update() == 1;
    }

    /** The client a token belongs to, if the token is current and the client not revoked. */
    public Optional<IntegratorClient> authenticate(String token) {
        return jdbc.sql("select " + CLIENT_COLUMNS + " from integrator_token t join integrator_client c "
                        + "on c.id = t.client_id where t.token_hash = ? and c.revoked_at is null "
                        + "and (t.expires_at is null or t.expires_at > ?)")
                .params(ApiTokens.hash(token), utc(clock.instant()))
                .query((row, number) -> client(row)).optional();
    }

    public Optional<IntegratorClient> find(String clientId) {
        return jdbc.sql("select " + CLIENT_COLUMNS + " from integrator_client c where c.id = ?").param(clientId)
                .query((row, number) -> client(row)).optional();
    }

    /** Every client, newest first, with its API calls counted. */
    public List<ClientActivity> all() {
        return jdbc.sql("select " + CLIENT_COLUMNS + ", count(a.id) as calls, max(a.called_at) as last_call "
                        + "from integrator_client c left join integrator_api_call a on a.client_id = c.id "
                        + "group by " + CLIENT_COLUMNS + " order by c.added_at desc")
                .query((row, number) -> new ClientActivity(client(row), row.getLong("calls"),
                        instant(row, "last_call")))
                .list();
    }

    private String issue(String clientId) {
        String token = ApiTokens.newToken();
        jdbc.sql("insert into integrator_token (token_hash, client_id, issued_at) values (?, ?, ?)")
                .params(ApiTokens.hash(token), clientId, utc(clock.instant()))
                .update();
        return token;
    }

    private static IntegratorClient client(ResultSet row) throws SQLException {
        Set<EventGroup> groups = EnumSet.noneOf(EventGroup.class);
        Arrays.stream(row.getString("event_groups").split(",")).map(EventGroup::ofCode)
                .flatMap(Optional::stream).forEach(groups::add);
        return new IntegratorClient(row.getString("id"), row.getString("name"), groups, row.getBoolean("redacted"),
                instant(row, "added_at"), instant(row, "revoked_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
