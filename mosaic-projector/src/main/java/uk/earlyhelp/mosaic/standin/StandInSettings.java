package uk.earlyhelp.mosaic.standin;

import java.nio.file.Path;

/**
 * What a stand-in needs to start.
 *
 * @param port         0 for any free port
 * @param storage      directory of its H2 file (created if absent)
 * @param apiKeyHeader header that must carry the key
 * @param apiKey       the key every request must carry; null to accept any request
 */
public record StandInSettings(int port, Path storage, String apiKeyHeader, String apiKey) {

    @Override
    public String toString() {
        return "StandInSettings[port=" + port + ", storage=" + storage + ", apiKeyHeader=" + apiKeyHeader + "]";
    }
}
