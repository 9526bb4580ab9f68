package uk.earlyhelp.portal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second step for tests and benchmarks that sign in as the demo staff accounts, over HTTP or in a browser: the
 * code their authenticator app would show, from the demo secret (README). The portal refuses a code of a step already
 * used, so each code handed out is of a step later than the last one handed out for that account in this JVM, and
 * when both the current and the next step are used up this waits (up to 30 s) for the next step to begin.
 */
public final class DemoSecondFactor {

    /** The demo staff accounts' TOTP secret, as application.yml and the README give it. */
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final long PERIOD_MILLIS = 30_000;
    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    private static final Pattern SECRET_ON_PAGE = Pattern.compile("id=\"enrol-secret\">([A-Z2-7 ]+)<");

    private DemoSecondFactor() {
    }

    /** A code for {@code account} (its email) that the portal has not yet seen. */
    public static synchronized String nextCode(String account) {
        long step = Math.max(now(), LAST_STEP.getOrDefault(account, Long.MIN_VALUE) + 1);
        while (step > now() + 1) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(account, step);
        return code(SECRET, step);
    }

    /** The code of {@code secret} for a step (e.g. {@code now()}): for tests of accounts of their own. */
    public static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an app would show now, enrolled from the secret an enrolment page shows as text. */
    public static String enrolmentCode(String enrolmentPage) {
        Matcher secret = SECRET_ON_PAGE.matcher(enrolmentPage);
        if (!secret.find()) {
            throw new AssertionError("no secret on the enrolment page");
        }
        return code(secret.group(1).replace(" ", ""), now());
    }

    public static long now() {
        return System.currentTimeMillis() / PERIOD_MILLIS;
    }
}
