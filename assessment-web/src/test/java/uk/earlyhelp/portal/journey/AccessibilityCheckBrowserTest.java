package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Test
    void aPageWithViolationsFailsTheCheckNamingEach() {
        chromium.browser().driver.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(INACCESSIBLE, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThatThrownBy(chromium.browser()::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("label");
    }
}
