package uk.earlyhelp.portal.account.secondfactor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' enrolled second factors (V81): the encrypted TOTP secret, the last step accepted, and the hashes of
 * the recovery codes. A step is taken, and a recovery code used up, by one conditional update each, so that two
 * sign-ins at once with the same code cannot both succeed.
 */
@Component
class SecondFactors {

    /** One account's enrolment. */
    record Enrolment(String secret, long lastUsedStep) {
    }

    private final JdbcTemplate jdbc;
    private final TotpSecrets secrets;
    private final Clock clock;

    SecondFactors(JdbcTemplate jdbc, TotpSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    Optional<Enrolment> of(String accountId) {
        return jdbc.query("select secret_encrypted, last_used_step from account_second_factor where account_id = ?",
                (rs, row) -> new Enrolment(secrets.decrypt(rs.getBytes(1)), rs.getLong(2)), accountId).stream().findFirst();
    }

    /** Enrols (or enrols again) with this secret and these recovery codes, replacing any earlier ones. */
    @Transactional
    void enrol(String accountId, String secret, long acceptedStep, List<String> recoveryCodes) {
        reset(accountId);
        jdbc.update("insert into account_second_factor (account_id, secret_encrypted, enrolled_at, last_used_step)"
                + " values (?, ?, ?, ?)", accountId, secrets.encrypt(secret), Timestamp.from(clock.instant()), acceptedStep);
        for (String code : recoveryCodes) {
            jdbc.update("insert into account_recovery_code (account_id, code_hash) values (?, ?)", accountId,
                    RecoveryCodes.hash(code));
        }
    }

    /** @return whether the step was later than the last one taken (and is now the last) */
    boolean take(String accountId, long step) {
        return jdbc.update("update account_second_factor set last_used_step = ? where account_id = ? and last_used_step < ?",
                step, accountId, step) == 1;
    }

    /** @return whether the code was one of the account's unused recovery codes (it is used now) */
    boolean useRecoveryCode(String accountId, String code) {
        return jdbc.update("update account_recovery_code set used_at = ? where account_id = ? and code_hash = ?"
                + " and used_at is null", Timestamp.from(clock.instant()), accountId, RecoveryCodes.hash(code)) == 1;
    }

    int unusedRecoveryCodes(String accountId) {
        Integer count = jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ?"
                + " and used_at is null", Integer.class, accountId);
        return count == null ? 0 : count;
    }

    /** Forgets the enrolment: the account enrols again at its next sign-in. */
    @Transactional
    void reset(String accountId) {
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        jdbc.update("delete from account_second_factor where account_id = ?", accountId);
    }
}
