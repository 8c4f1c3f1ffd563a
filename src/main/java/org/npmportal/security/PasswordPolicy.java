package org.npmportal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Rules for staff passwords. Accounts hold assessments of people at risk, so passwords must be long
 * and not among the well-known ones ({@code security/common-passwords.txt}: about 49,000 from leaked-password
 * lists, plus keyboard walks and words tied to the portal). The upper bound is BCrypt's: it reads at most 72 bytes.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var in = resource.getInputStream()) {
            commonPasswords = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    // Shorter ones are refused by the length rule before the list is asked.
                    .filter(line -> line.codePointCount(0, line.length()) >= MIN_LENGTH)
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
    }

    /**
     * Returns the message key of the first rule the password breaks, or empty when it is acceptable.
     *
     * @param identifiers the username, email and name of the account, which the password must not contain
     */
    public Optional<String> problem(String password, String... identifiers) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || password.codePoints().distinct().count() < 4) {
            return Optional.of("password.tooCommon");
        }
        for (String identifier : identifiers) {
            if (identifier == null) {
                continue;
            }
            String part = identifier.toLowerCase(Locale.ROOT).split("@", 2)[0].strip();
            if (part.length() >= 3 && lower.contains(part)) {
                return Optional.of("password.containsName");
            }
        }
        return Optional.empty();
    }
}
