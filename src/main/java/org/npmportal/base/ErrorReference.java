package org.npmportal.base;

import java.security.SecureRandom;

/**
 * Short codes that tie what a user sees ("reference K7M2-9QXA") to the stack trace in the log,
 * without showing the user anything about the inside of the portal.
 */
public final class ErrorReference {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String newCode() {
        var code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
