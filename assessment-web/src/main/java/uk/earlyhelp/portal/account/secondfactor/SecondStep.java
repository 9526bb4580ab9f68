package uk.earlyhelp.portal.account.secondfactor;

import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.signin.SignInLimits;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;

/**
 * Checks the second step's code: a TOTP code of a step not used before, or an unused recovery code. Failures are
 * throttled and locked exactly as passwords are ({@link SignInLimits}, counted apart from the password's under
 * "second-step:" and the address, the lock recorded in the account's history).
 */
@Component
class SecondStep {

    /** What a code was found to be. */
    enum Outcome { ACCEPTED, RECOVERY_CODE_USED, WRONG, REPLAYED, EXPIRED, LOCKED }

    private final Accounts accounts;
    private final SecondFactors factors;
    private final TotpCodes codes;
    private final SignInLimits limits;
    private final SecondFactorProperties properties;
    private final EmailedCodes emailed;

    SecondStep(Accounts accounts, SecondFactors factors, TotpCodes codes, SignInLimits limits,
               SecondFactorProperties properties, EmailedCodes emailed) {
        this.emailed = emailed;
        this.accounts = accounts;
        this.factors = factors;
        this.codes = codes;
        this.limits = limits;
        this.properties = properties;
    }

    /** Staff always; practitioners if the council says so. */
    boolean requiredFor(PortalUser user) {
        boolean practitioner = user.getAuthorities().contains(Role.PRACTITIONER.authority());
        return !practitioner || properties.practitioners() != SecondFactorProperties.PractitionerRule.NOT_REQUIRED;
    }

    /** A practitioner with no app, where the council allows an emailed code instead (TOTP_OR_EMAIL). */
    boolean byEmail(PortalUser user) {
        return user.getAuthorities().contains(Role.PRACTITIONER.authority())
                && properties.practitioners() == SecondFactorProperties.PractitionerRule.TOTP_OR_EMAIL && !enrolled(user);
    }

    /** Emails a new one-time code (the earlier unused ones stop working). */
    void emailCode(PortalUser user) {
        account(user).ifPresent(emailed::send);
    }

    boolean enrolled(PortalUser user) {
        return account(user).flatMap(account -> factors.of(account.id())).isPresent();
    }

    Outcome check(PortalUser user, String code) {
        String key = "second-step:" + user.id();
        Optional<Account> account = account(user);
        if (!limits.mayTry(key)) {
            return Outcome.LOCKED;
        }
        Optional<SecondFactors.Enrolment> enrolment = account.flatMap(found -> factors.of(found.id()));
        if (account.isPresent() && enrolment.isEmpty() && byEmail(user)) {
            return emailedCode(key, account.get(), code);
        }
        if (account.isPresent() && enrolment.isPresent()) {
            String id = account.get().id();
            OptionalLong step = codes.check(enrolment.get().secret(), code, enrolment.get().lastUsedStep());
            if (step.isPresent() && factors.take(id, step.getAsLong())) {
                limits.cleared(key);
                return Outcome.ACCEPTED;
            }
            if (step.isEmpty() && factors.useRecoveryCode(id, code)) {
                limits.cleared(key);
                return Outcome.RECOVERY_CODE_USED;
            }
            limits.failed(key, account);
            return codes.check(enrolment.get().secret(), code, Long.MIN_VALUE).isPresent()
                    ? Outcome.REPLAYED : Outcome.WRONG;
        }
        limits.failed(key, account);
        return Outcome.WRONG;
    }

    private Outcome emailedCode(String key, Account account, String code) {
        EmailedCodes.Result result = emailed.use(account, code);
        if (result == EmailedCodes.Result.ACCEPTED) {
            limits.cleared(key);
            return Outcome.ACCEPTED;
        }
        limits.failed(key, Optional.of(account)); // wrong, replayed and expired codes all count, as passwords do
        return Outcome.valueOf(result.name());
    }

    Optional<Account> account(PortalUser user) {
        return accounts.findById(user.id());
    }
}
