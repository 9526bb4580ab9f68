package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The check every journey relies on can fail: on a page with an unlabelled input and an image without alternative
 * text, {@link Browser#assertAccessible()} names both violations. Without this, a check that had quietly stopped
 * running (as with scripts off, or a changed axe-core mode) would look the same as pages that pass.
 */
@ExtendWith(RequiresChromium.class)
class AccessibilityCheckBrowserTest {

    private static final String INACCESSIBLE = """
            <!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body><main>
            <h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <form><input type="text" name="unlabelled"></form></main></body></html>""";

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start(true);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPageWithViolationsFailsTheCheckNamingEach() {
        browser.driver.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(INACCESSIBLE, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("label");
    }
}
