package uk.earlyhelp.portal.personaldata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every stored event payload as the portal reads it, for tests that check another portal process's store from outside:
 * sealed strings opened with their assessment's key, unwrapped by the master key that process generated in its
 * working directory (the embedded default's {@code ./data/personal-data-master.key}).
 */
public final class OpenedEventPayloads {

    private OpenedEventPayloads() {
    }

    public static List<String> of(Connection connection, Path portalWorkingDirectory) throws Exception {
        PersonalDataProperties properties = new PersonalDataProperties(
                Files.readString(portalWorkingDirectory.resolve("data/personal-data-master.key")).trim(),
                portalWorkingDirectory.resolve("unused"), false, Set.of("Assessment"), Duration.ofMinutes(2));
        PersonalDataKeys keys = new PersonalDataKeys(new JdbcTemplate(new SingleConnectionDataSource(connection, true)),
                MasterKey.from(properties), properties, Clock.systemUTC());
        List<String> payloads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select type, aggregate_identifier, payload from domain_event_entry")) {
            while (rows.next()) {
                byte[] payload = rows.getBytes(3);
                String owner = rows.getString(2);
                payloads.add(new String(properties.aggregateTypes().contains(rows.getString(1))
                        ? SealedStrings.open(payload, keys.keyOf(owner), owner) : payload, StandardCharsets.UTF_8));
            }
        }
        return payloads;
    }
}
