package uk.earlyhelp.portal.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.pdf.AssessmentPdfs;
import uk.earlyhelp.portal.pdf.AssessmentScript;
import uk.earlyhelp.portal.pdf.PdfFile;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;

/**
 * How long the portal takes to print a large assessment as a PDF: 10 family members, 20 action-plan rows, every
 * narrative (4,000-character) answer full, submitted. Each sample is what a download does on the server: open the
 * assessment from its events (author check included), find when it was submitted, fill the template, render and tag
 * the PDF. Through the real Spring context on a fresh H2 file under {@code target/}, after a warm-up.
 * <p>
 * From the repository root: {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify
 * -Dbenchmark.main=PdfBenchmark}; system properties {@code benchmark.renders} (50) and
 * {@code benchmark.warmup-renders} (20), set by the profile from the Maven properties of the same names.
 */
public final class PdfBenchmark {

    private static final String AUTHOR = "benchmark-author";

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        int renders = Integer.getInteger("benchmark.renders", 50);
        int warmUp = Integer.getInteger("benchmark.warmup-renders", 20);
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "benchmark-pdf-");
        String[] arguments = {"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                // Nothing else on the machine's two cores: no Mosaic delivery, no stand-in.
                "--mosaic.delivery.enabled=false", "--mosaic.stand-in.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + directory.toAbsolutePath()
                        + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE"};
        int status = 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EarlyHelpPortalApplication.class)
                .run(arguments)) {
            run(context, renders, warmUp, directory);
        } catch (Exception | AssertionError e) {
            status = 1;
            System.out.println("FAILED: " + e);
            e.printStackTrace(System.out);
        }
        System.out.flush();
        System.exit(status);
    }

    private static void run(ConfigurableApplicationContext context, int renders, int warmUp, Path directory) throws IOException {
        ActingUserCommandGateway commands = context.getBean(ActingUserCommandGateway.class);
        WizardAssessments assessments = context.getBean(WizardAssessments.class);
        AssessmentPdfs pdfs = context.getBean(AssessmentPdfs.class);
        String id = "bench-" + UUID.randomUUID();
        List<Object> script = new AssessmentScript(id, AUTHOR).members(10).actions(20).narratives(4000).finished();
        script.forEach(command -> commands.send(command, AUTHOR));
        Principal author = () -> AUTHOR;

        PdfFile sample = pdfs.print(assessments.open(id, author));
        Files.write(directory.resolve(sample.fileName()), sample.content());
        int pages;
        try (PDDocument document = Loader.loadPDF(sample.content())) {
            pages = document.getNumberOfPages();
        }
        printMachine();
        System.out.printf("assessment: 10 family members, 20 actions, every narrative answer 4,000 characters, submitted;"
                + " %d commands; PDF %d pages, %d KiB (%s)%n", script.size(), pages, sample.content().length / 1024,
                directory.resolve(sample.fileName()));

        for (int i = 0; i < warmUp; i++) {
            pdfs.print(assessments.open(id, author));
        }
        // Wall-clock time is what a practitioner waits; this thread's CPU time is what it would be on an idle machine
        // (printing is single-threaded), the other engineers' builds on these two cores left out.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] open = new double[renders];
        double[] total = new double[renders];
        double[] cpu = new double[renders];
        for (int i = 0; i < renders; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            OpenAssessment assessment = assessments.open(id, author);
            long opened = System.nanoTime();
            pdfs.print(assessment);
            long printed = System.nanoTime();
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            open[i] = (opened - start) / 1e6;
            total[i] = (printed - start) / 1e6;
        }
        System.out.printf("%d renders after %d warm-up; load average now %s%n", renders, warmUp, loadAverage());
        System.out.printf("%-44s | %9s | %7s | %7s | %7s%n", "", "median ms", "p95 ms", "min ms", "max ms");
        row("whole download (open + print), wall clock", total);
        row("  of which opening the assessment", open);
        row("whole download, CPU time of its thread", cpu);
    }

    private static void row(String label, double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.printf("%-44s | %9.1f | %7.1f | %7.1f | %7.1f%n", label, percentile(sorted, 50), percentile(sorted, 95),
                sorted[0], sorted[sorted.length - 1]);
    }

    /** Nearest rank, as the other benchmarks. */
    private static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %d cores, max heap %d MiB, java %s, load average %s%n",
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), loadAverage());
        System.out.printf("jvm args: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The machine is shared with builds: its load is printed beside the figures. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
