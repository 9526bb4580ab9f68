package uk.earlyhelp.portal.personaldata;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One AES key per aggregate (assessment), in the table {@code personal_data_key}, wrapped by the master key. Unwrapped
 * keys stay in memory only for {@code keyCacheTime} after their last use. A key is created in the same transaction as
 * the aggregate's first event, so a refused first save leaves no key behind.
 */
public class PersonalDataKeys {

    private record Cached(SecretKey key, Instant until) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final SecretKey masterKey;
    private final PersonalDataProperties properties;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    PersonalDataKeys(JdbcTemplate jdbc, SecretKey masterKey, PersonalDataProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.properties = properties;
        this.clock = clock;
    }

    /** The owner's key, or empty when it never had one or it was destroyed (erased). */
    public Optional<SecretKey> keyOf(String owner) {
        Instant now = clock.instant();
        cache.values().removeIf(cached -> cached.until().isBefore(now));
        Cached cached = cache.get(owner);
        if (cached != null) {
            return Optional.of(remember(owner, cached.key()));
        }
        List<byte[]> wrapped = jdbc.query("select wrapped_key from personal_data_key where owner_id = ?",
                (rs, row) -> rs.getBytes(1), owner);
        if (wrapped.isEmpty() || wrapped.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(remember(owner, new SecretKeySpec(AesGcm.open(masterKey, wrapped.get(0), owner), "AES")));
    }

    /** The owner's key, created on first use; fails for an owner whose key was destroyed. */
    SecretKey keyForWriting(String owner) {
        return keyOf(owner).orElseGet(() -> create(owner));
    }

    private SecretKey create(String owner) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // A destroyed key's row stays (wrapped_key null): the insert fails, nothing is written for an erased owner.
        jdbc.update("insert into personal_data_key (owner_id, wrapped_key, created_at) values (?, ?, ?)",
                owner, AesGcm.seal(masterKey, fresh, owner), Timestamp.from(clock.instant()));
        // Not cached: should this transaction roll back, a cached key would seal later events with a key never stored.
        return new SecretKeySpec(fresh, "AES");
    }

    private SecretKey remember(String owner, SecretKey key) {
        cache.put(owner, new Cached(key, clock.instant().plus(properties.keyCacheTime())));
        return key;
    }

    /** Forgets an owner's key in this node's memory (after it was destroyed in the table). */
    public void forget(String owner) {
        cache.remove(owner);
    }
}
