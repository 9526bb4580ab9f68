package uk.earlyhelp.portal.account.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the single-use links sent by email. A token is 256 random bits (URL-safe Base64); the
 * store keeps its SHA-256 hash, its purpose and its expiry, and marks it used the first time it is redeemed.
 */
@Component
public class OneTimeTokens {

    private final AccountTokens tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeTokens(AccountTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link for the account, valid for {@code validity}; any older unused link for the same purpose ends. */
    @Transactional
    public String issue(String accountId, TokenPurpose purpose, Duration validity) {
        tokens.revoke(accountId, purpose, clock.instant());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(hash(token), accountId, purpose, clock.instant().plus(validity)));
        return token;
    }

    /** The account a token would open, if it is still unused and in time; it stays usable. */
    @Transactional(readOnly = true)
    public Optional<String> peek(String token, TokenPurpose purpose) {
        return tokens.findById(hash(token)).filter(t -> t.usableAt(clock.instant(), purpose)).map(AccountToken::accountId);
    }

    /** Uses the token: the account it opens, once; empty if it was used, expired or never issued. */
    @Transactional
    public Optional<String> redeem(String token, TokenPurpose purpose) {
        String hash = hash(token);
        if (tokens.use(hash, purpose, clock.instant()) != 1) {
            return Optional.empty();
        }
        return tokens.findById(hash).map(AccountToken::accountId);
    }

    /** Whether a link issued for the account and purpose still works (unused and in time). */
    @Transactional(readOnly = true)
    public boolean anyUsable(String accountId, TokenPurpose purpose) {
        return tokens.anyUsable(accountId, purpose, clock.instant());
    }

    @Transactional
    public void revokeAll(String accountId, TokenPurpose purpose) {
        tokens.revoke(accountId, purpose, clock.instant());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
