package uk.earlyhelp.portal.account.password;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * NCSC's advice for a new password: at least 12 characters, not one of the common passwords, and nothing else
 * (no required digits or symbols, no expiry). The upper limit only stops absurd inputs from costing hashing time.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    /** What is wrong with a new password, as a key of messages.properties. */
    public enum Problem {
        MISSING("password.error.missing"),
        TOO_SHORT("password.error.tooShort"),
        TOO_LONG("password.error.tooLong"),
        COMMON("password.error.common");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final CommonPasswords common = CommonPasswords.bundled();

    public Optional<Problem> check(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(password)) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }
}
