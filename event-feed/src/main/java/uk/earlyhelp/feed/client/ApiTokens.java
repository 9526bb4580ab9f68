package uk.earlyhelp.feed.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Integrators' API tokens: 256 random bits, stored only as their SHA-256. A slow password hash (Argon2) protects
 * guessable secrets people choose; these are never guessable, so one fast hash is as safe and lets every API call
 * find its client by an indexed lookup (docs/decisions/0014-integrator-feed.md).
 */
final class ApiTokens {

    /** Says what a token is when one turns up in a log or a repository (secret scanners match on it). */
    static final String PREFIX = "ehp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
