package uk.earlyhelp.portal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What else the machine is doing: the benchmark shares it with builds, so the load is printed beside the figures. */
final class MachineLoad {

    private MachineLoad() {
    }

    /** Linux's 1, 5 and 15 minute load averages, or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("cpu unknown");
        } catch (IOException | RuntimeException e) {
            return "cpu unknown";
        }
    }
}
