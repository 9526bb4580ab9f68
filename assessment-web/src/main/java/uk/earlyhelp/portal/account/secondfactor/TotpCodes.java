package uk.earlyhelp.portal.account.secondfactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30-second steps: what every authenticator app uses), computed by the library. A
 * code is accepted for the current step or the one either side (a phone's clock a little out), and only for a step
 * later than {@code lastUsedStep}: a code once accepted, or an older one, is refused (RFC 6238, section 5.2). Which
 * step matched is returned, so that it is remembered.
 */
@Component
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private final CodeGenerator generator = new DefaultCodeGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    public long currentStep() {
        return Math.floorDiv(clock.millis() / 1000, PERIOD_SECONDS);
    }

    /** @return the step the code is for, if it is a valid code of a step after {@code lastUsedStep} */
    OptionalLong check(String secret, String code, long lastUsedStep) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a step: what an authenticator app shows then (for tests, and for the demo accounts' README). */
    public String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }
}
