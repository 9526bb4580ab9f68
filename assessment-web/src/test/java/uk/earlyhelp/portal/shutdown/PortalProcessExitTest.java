package uk.earlyhelp.portal.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;

/**
 * The portal's JVM ends once its context has closed. Axon 4.13.0 leaves a non-daemon thread behind, which would keep
 * a stopped portal (or a test JVM) alive forever; so this runs the real main class in a JVM of its own.
 */
class PortalProcessExitTest {

    // Generous: a JVM that hangs on a non-daemon thread never exits, however long we wait; a loaded 2-core CI
    // machine can take over a minute just to start the portal.
    private static final long SECONDS_TO_START_AND_STOP = 180;

    @TempDir
    Path workingDirectory;

    @Test
    void theJvmExitsOnceThePortalHasStopped() throws IOException, InterruptedException {
        Path log = workingDirectory.resolve("portal.log");
        ProcessBuilder command = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EarlyHelpPortalApplication.class.getName(),
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + workingDirectory.toAbsolutePath()
                        + "/data/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE",
                "--exit-probe.enabled=true"))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The portal must switch Axon's update checker off by itself, not rely on the build's environment.
        command.environment().remove("AXONIQ_UPDATE_CHECKER_DISABLED");
        Process portal = command.start();
        try {
            boolean exited = portal.waitFor(SECONDS_TO_START_AND_STOP, TimeUnit.SECONDS);

            String output = Files.readString(log);
            assertThat(exited).as("portal JVM exited within %d s; its output:%n%s", SECONDS_TO_START_AND_STOP,
                    output).isTrue();
            assertThat(portal.exitValue()).as(output).isZero();
            assertThat(output).contains("Started EarlyHelpPortalApplication", ExitProbe.JANITOR_STARTED);
            assertThat(output).doesNotContain("Reporting anonymous usage data", "will be checked for updates");
        } finally {
            portal.destroyForcibly();
        }
    }
}
