package uk.earlyhelp.portal.account.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.Actors;

/**
 * NCSC: throttle repeated failures, then lock temporarily. Counted per email address tried, known or not: after
 * {@code throttle-after} failures in a row each further try must wait (2 s, then 4 s, 8 s…), and after
 * {@code max-failures} the address is locked for {@code lockout-duration}. A lock of a real account is recorded
 * in its history. A success, or a new password, starts the count afresh.
 */
@Component
public class SignInLimits {

    /** The rules, from {@link AccountProperties}. */
    record Rules(int maxFailures, Duration lockoutDuration, int throttleAfter, Duration throttleDelay) {

        Duration waitAfter(int failures) {
            return throttleDelay.multipliedBy(1L << Math.min(20, failures - throttleAfter));
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy", Locale.UK);

    private final SignInAttempts attempts;
    private final AccountHistory history;
    private final MessageSource messages;
    private final Clock clock;
    private final Rules rules;

    SignInLimits(SignInAttempts attempts, AccountHistory history, MessageSource messages, Clock clock,
                 AccountProperties properties) {
        this.attempts = attempts;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
        this.rules = new Rules(properties.maxFailures(), properties.lockoutDuration(), properties.throttleAfter(),
                properties.throttleDelay());
    }

    @Transactional(readOnly = true)
    public boolean mayTry(String email) {
        return attempts.findById(email).map(a -> !a.refusedAt(clock.instant(), rules)).orElse(true);
    }

    @Transactional
    public void failed(String email, Optional<Account> account) {
        Instant now = clock.instant();
        SignInAttempt attempt = attempts.findForUpdate(email).orElseGet(() -> attempts.save(new SignInAttempt(email)));
        if (attempt.fail(now, rules) && account.isPresent()) {
            String until = TIME.format(attempt.lockedUntil().atZone(clock.getZone()));
            String detail = messages.getMessage("accountHistory.detail.locked",
                    new Object[] {attempt.failures(), until}, Locale.UK);
            history.record(account.get(), AccountChange.LOCKED, Actors.SYSTEM, detail, now);
        }
        attempts.forgetBefore(now.minus(Duration.ofDays(1)).minus(rules.lockoutDuration()));
    }

    /** After a successful sign-in or a new password: earlier failures no longer count. */
    @Transactional
    public void cleared(String email) {
        attempts.deleteById(email);
    }
}
