package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: no browser or driver is
 * downloaded, and Chromium's own background traffic (updates, sync, metrics) is switched off.
 * Every page the journey visits can be checked with axe-core against WCAG 2.2 A and AA.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_A_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    final WebDriver driver;
    private final boolean javascript;
    private final Path profile;
    private final Set<String> checkedPages = new LinkedHashSet<>();

    private Browser(WebDriver driver, boolean javascript, Path profile) {
        this.driver = driver;
        this.javascript = javascript;
        this.profile = profile;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start(boolean javascript) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe-core runs as an asynchronous script; on a loaded two-core machine a run took over the default 30 s.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        return new Browser(driver, javascript, profile);
    }

    /**
     * Runs axe-core on the current page; fails listing every WCAG 2.2 A/AA violation found. axe-core is a script
     * run in the page, so with scripts off it cannot run at all (it waited for the script time-out and reported
     * nothing): those pages are checked with scripts on by the other journeys.
     */
    void assertAccessible() {
        if (!javascript) {
            return;
        }
        // Legacy mode runs axe-core in the page itself. The default mode finishes each run in a new blank window that
        // it allows one second to load, which a busy two-core machine missed now and then ("axe.finishRun failed").
        // Our pages have no frames, the one thing legacy mode cannot reach.
        Results results = new AxeBuilder().withTags(WCAG_22_A_AA).setLegacyMode(true).analyze(driver);
        // A run that errored or checked nothing has no violations either: it must not pass as accessible.
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", driver.getCurrentUrl(),
                results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("rules axe-core passed on %s", driver.getCurrentUrl()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            problems.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                    + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", ")));
        }
        checkedPages.add(pathOf(driver.getCurrentUrl()));
        assertThat(problems).as("axe-core WCAG 2.2 A/AA violations on %s", driver.getCurrentUrl()).isEmpty();
    }

    Set<String> checkedPages() {
        return checkedPages;
    }

    private static String pathOf(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
