package org.npmportal.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for links in mail: 256 random bits, URL-safe. Only their SHA-256 hash is stored, so a copy of
 * the database does not open anyone's registration or application. Shared by every feature that mails
 * people without accounts a link (registration, selection).
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** Base64url without padding of 32 bytes. */
    public static final int LENGTH = 43;

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; anything that is not a well-formed token hashes to a value never stored. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Whether the text looks like one of our tokens; links that do not are rejected before any query. */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() == LENGTH && token.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
