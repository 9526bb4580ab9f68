package uk.earlyhelp.portal.journey;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser suite where Debian's Chromium and chromedriver are installed. Elsewhere the
 * suite is skipped, loudly; on CI (environment variable CI=true) a missing browser is a failure,
 * so the journey can never silently stop being tested.
 */
class RequiresChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String why = "BROWSER SUITE SKIPPED: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why + " — refused on CI");
        }
        System.err.println("\n*** " + why + " ***\n");
        return ConditionEvaluationResult.disabled(why);
    }
}
