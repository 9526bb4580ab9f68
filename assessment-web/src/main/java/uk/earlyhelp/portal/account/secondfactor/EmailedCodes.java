package uk.earlyhelp.portal.account.secondfactor;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.mail.AccountMail;

/**
 * One-time codes emailed at sign-in to a practitioner with no authenticator app, where the council allows it (V160).
 * Six random digits, kept only as a hash bound to the account, valid for {@code email-code-validity}, used up by one
 * conditional update (two sign-ins at once with one code cannot both pass). Sending a new code forgets the unused
 * ones; used ones are kept for a day so that a replayed code is told apart from a wrong one. The code is never logged.
 */
@Component
class EmailedCodes {

    /** What a typed code was found to be. */
    enum Result { ACCEPTED, REPLAYED, EXPIRED, WRONG }

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final AccountMail mail;
    private final Clock clock;
    private final Duration validity;

    EmailedCodes(JdbcTemplate jdbc, AccountMail mail, Clock clock, SecondFactorProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.validity = properties.emailCodeValidity();
    }

    @Transactional
    void send(Account account) {
        Instant now = clock.instant();
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.update("delete from account_email_code where account_id = ? and (used_at is null or used_at < ?)",
                account.id(), Timestamp.from(now.minus(Duration.ofDays(1))));
        jdbc.update("insert into account_email_code (account_id, code_hash, expires_at) values (?, ?, ?)",
                account.id(), hash(account, code), Timestamp.from(now.plus(validity)));
        mail.signInCode(account, code, validity.toMinutes()); // sent once this transaction has committed
    }

    @Transactional
    Result use(Account account, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return Result.WRONG;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String hash = hash(account, code);
        if (jdbc.update("update account_email_code set used_at = ? where account_id = ? and code_hash = ?"
                + " and used_at is null and expires_at > ?", now, account.id(), hash, now) == 1) {
            return Result.ACCEPTED;
        }
        List<Boolean> used = jdbc.query("select used_at is not null from account_email_code where account_id = ?"
                + " and code_hash = ?", (rs, row) -> rs.getBoolean(1), account.id(), hash);
        if (used.isEmpty()) return Result.WRONG;
        return used.get(0) ? Result.REPLAYED : Result.EXPIRED;
    }

    private static String hash(Account account, String code) {
        // Bound to the account, so one account's code is nothing for another's.
        return RecoveryCodes.hash(account.id() + ":" + code);
    }
}
