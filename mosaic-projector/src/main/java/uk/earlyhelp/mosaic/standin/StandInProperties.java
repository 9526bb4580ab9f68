package uk.earlyhelp.mosaic.standin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Mosaic stand-in the portal starts by itself on the embedded default (off with the {@code postgres} profile).
 *
 * @param enabled      start it with the portal
 * @param port         its port on the loopback interface; 0 for any free port (the client follows it)
 * @param storage      directory of its own H2 file, apart from the portal's database
 * @param apiKeyHeader header it expects the API key in
 * @param apiKey       key it requires; the portal's client must send the same ({@code mosaic.client.api-key.value})
 */
@ConfigurationProperties("mosaic.stand-in")
public record StandInProperties(@DefaultValue("false") boolean enabled,
                                @DefaultValue("8089") int port,
                                @DefaultValue("./data/mosaic-stand-in") Path storage,
                                @DefaultValue("X-Api-Key") String apiKeyHeader,
                                String apiKey) {

    StandInSettings settings() {
        return new StandInSettings(port, storage, apiKeyHeader, apiKey);
    }

    @Override
    public String toString() {
        return settings().toString();
    }
}
