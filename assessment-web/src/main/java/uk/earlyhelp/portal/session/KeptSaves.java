package uk.earlyhelp.portal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saves posted after their session ended, in the database (table {@code kept_save}) so that a restart loses none,
 * each under a random single-use token that only the browser which posted it holds (in a cookie). The table keeps
 * the token's SHA-256, not the token. The store is bounded: entries expire
 * after {@code portal.session.keep-saves-for}, are at most {@link #MAX_BODY_CHARACTERS} long, and no more than
 * {@link #MAX_ENTRIES} are kept at once, {@link #MAX_PER_OWNER} for any one user (only a signed-in session that has
 * ended may keep one: {@link SessionOwnerPass}).
 */
@Component
class KeptSaves {

    /** Far above a section page's longest possible post (every limited field filled to its limit). */
    static final int MAX_BODY_CHARACTERS = 256 * 1024;
    static final int MAX_ENTRIES = 5_000;
    /** One browser keeps one save; a user with several browsers or tabs that timed out, a few. */
    static final int MAX_PER_OWNER = 10;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionProperties properties;

    KeptSaves(DataSource dataSource, Clock clock, SessionProperties properties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Keeps a save, replacing the one kept under {@code replacing} (the same browser's earlier save, if any).
     *
     * @return the new token for the browser, or empty when the save is too large or the store is full
     */
    Optional<String> keep(KeptSave save, Optional<String> replacing) {
        String body = FormBody.encode(save.parameters());
        Instant now = clock.instant();
        jdbc.sql("delete from kept_save where expires_at <= ?").param(utc(now)).update();
        // Only the same user's earlier save: whoever used this browser before keeps theirs.
        replacing.ifPresent(token -> jdbc.sql("delete from kept_save where token_hash = ? and owner_hash = ?")
                .params(hash(token), save.owner()).update());
        long kept = jdbc.sql("select count(*) from kept_save").query(Long.class).single();
        long owners = jdbc.sql("select count(*) from kept_save where owner_hash = ?").param(save.owner()).query(Long.class).single();
        if (body.length() > MAX_BODY_CHARACTERS || kept >= MAX_ENTRIES || owners >= MAX_PER_OWNER) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into kept_save (token_hash, assessment_id, replay_path, form_body, kept_at, expires_at, owner_hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(hash(token), save.assessmentId(), save.replayPath(), body, utc(now),
                        utc(now.plus(properties.keepSavesFor())), save.owner())
                .update();
        return Optional.of(token);
    }

    /** The save kept under {@code token}, once: taking it removes it. Empty if there is none, or it has expired. */
    Optional<KeptSave> take(String token) {
        String hash = hash(token);
        List<KeptSave> found = jdbc.sql("select assessment_id, replay_path, form_body, owner_hash from kept_save "
                        + "where token_hash = ? and expires_at > ?")
                .params(hash, utc(clock.instant()))
                .query((row, number) -> new KeptSave(row.getString("assessment_id"), row.getString("replay_path"),
                        FormBody.decode(row.getString("form_body")), row.getString("owner_hash")))
                .list();
        // Only the request that deletes the row may replay it: two sign-ins racing with one cookie replay it once.
        boolean deleted = jdbc.sql("delete from kept_save where token_hash = ?").param(hash).update() == 1;
        return deleted ? found.stream().findFirst() : Optional.empty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
