package uk.earlyhelp.portal.journey;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a test class: started before its first test, closed after its last, whatever happened between.
 * Registered as a static {@code @RegisterExtension} field beside {@code @ExtendWith(RequiresChromium.class)}, which
 * decides first, so nothing is started where the browser is missing.
 */
final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private final boolean javascript;
    private Browser browser;

    private ChromiumSession(boolean javascript) {
        this.javascript = javascript;
    }

    static ChromiumSession withJavaScript() {
        return new ChromiumSession(true);
    }

    /** Scripts off, as for a practitioner whose browser blocks them: pages must still work. */
    static ChromiumSession withoutJavaScript() {
        return new ChromiumSession(false);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = Browser.start(javascript);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
