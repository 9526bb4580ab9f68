package uk.earlyhelp.portal.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.account.password.PasswordPolicy.Problem;

/** Acceptance 2: at least 12 characters, not a common password, and no composition rules (NCSC). */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertThat(policy.check("elevenchars")).contains(Problem.TOO_SHORT);
        assertThat(policy.check("twelve chars")).isEmpty();
        assertThat(policy.check("onlylowercaseletters")).isEmpty();
        assertThat(policy.check("correct horse battery staple")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(policy.check("ééééééééééé")).contains(Problem.TOO_SHORT); // 11 characters, 22 bytes
        assertThat(policy.check("😀😀😀😀😀😀😀😀😀😀😀😀")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.check("qwerty123456")).contains(Problem.COMMON);
        assertThat(policy.check("QWERTY123456")).contains(Problem.COMMON);
        assertThat(policy.check("Password123456")).contains(Problem.COMMON);
        assertThat(policy.check("1q2w3e4r5t6y")).contains(Problem.COMMON);
        assertThat(policy.check("early-help-demo-2026")).as("the published demo password").contains(Problem.COMMON);
    }

    @Test
    void theBundledListHoldsTenThousandPasswordsOfTwelveCharactersOrMore() {
        assertThat(CommonPasswords.bundled().size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void anEmptyOrAbsurdlyLongPasswordIsRefused() {
        assertThat(policy.check("")).contains(Problem.MISSING);
        assertThat(policy.check(null)).contains(Problem.MISSING);
        assertThat(policy.check("x".repeat(257))).contains(Problem.TOO_LONG);
        assertThat(policy.check("x".repeat(256))).isEmpty();
    }
}
