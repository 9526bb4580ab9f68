package uk.earlyhelp.portal.crashsafety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/** {@link KilledMidLoadContract} on the embedded default's H2 file, as the README runs it (WRITE_DELAY=0). */
class KilledMidLoadOnH2Test extends KilledMidLoadContract {

    private String url;

    @Override
    List<String> databaseArguments(Path workingDirectory) {
        // AUTO_SERVER lets this JVM read the database the portal holds, through the portal.
        url = "jdbc:h2:file:" + workingDirectory.toAbsolutePath() + "/data/early-help-portal;AUTO_SERVER=TRUE;WRITE_DELAY=0";
        return List.of("--spring.datasource.url=" + url);
    }

    @Override
    Connection connect() throws Exception {
        // IFEXISTS: never creates a database here
        return DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
    }
}
