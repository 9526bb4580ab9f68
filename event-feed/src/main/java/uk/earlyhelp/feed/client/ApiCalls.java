package uk.earlyhelp.feed.client;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every API call an integrator client makes, kept per client (table {@code integrator_api_call}): what, when, answer. */
public class ApiCalls {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ApiCalls(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    public void record(String clientId, String method, String path, int status) {
        jdbc.sql("insert into integrator_api_call (client_id, called_at, method, path, status) values (?, ?, ?, ?, ?)")
                .params(clientId, IntegratorClients.utc(clock.instant()), method,
                        path.length() > 200 ? path.substring(0, 200) : path, status)
                .update();
    }

    public long count(String clientId) {
        return jdbc.sql("select count(*) from integrator_api_call where client_id = ?").param(clientId)
                .query(Long.class).single();
    }
}
