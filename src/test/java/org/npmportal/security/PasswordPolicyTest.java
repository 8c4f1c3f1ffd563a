package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.problem("river-Tulip-93-lantern", "organiser", "organiser@example.org")).isEmpty();
    }

    @Test
    void a_long_cyrillic_or_kazakh_password_is_accepted() {
        assertThat(policy.problem("Қасқыр ұшады түнде 7")).isEmpty();
    }

    @Test
    void missing_short_common_and_monotonous_passwords_are_refused() {
        assertThat(policy.problem(null)).contains("password.required");
        assertThat(policy.problem("   ")).contains("password.required");
        assertThat(policy.problem("demo")).contains("password.tooShort");
        assertThat(policy.problem("Short1!")).contains("password.tooShort");
        assertThat(policy.problem("Password1234")).contains("password.tooCommon");
        assertThat(policy.problem("йцукенгшщзхъ")).contains("password.tooCommon");
        assertThat(policy.problem("abababababababab")).contains("password.tooCommon");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused() {
        assertThat(policy.problem("ж".repeat(37))).contains("password.tooLong");
        assertThat(policy.problem("x1y2z3".repeat(12))).isEmpty();
        assertThat(policy.problem("x1y2z3".repeat(12) + "q")).contains("password.tooLong");
    }

    @Test
    void a_password_containing_the_username_or_mail_name_is_refused() {
        assertThat(policy.problem("gulnara-finance-2026", "gulnara", "g.finance@example.org"))
                .contains("password.containsName");
        assertThat(policy.problem("my g.finance password", "gulnara", "g.finance@example.org"))
                .contains("password.containsName");
    }

    @Test
    void the_list_of_common_passwords_is_a_real_leaked_password_list_of_tens_of_thousands() throws Exception {
        List<String> listed;
        try (var in = getClass().getClassLoader().getResourceAsStream("security/common-passwords.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        assertThat(listed).hasSizeGreaterThan(40_000).contains("123456", "password", "qwerty", "iloveyou");
        for (String common : List.of("unbelievable", "Administrator", "1qaz2wsx3edc4rfv", "sonyericsson",
                "ЙЦУКЕНГШЩЗХЪ")) {
            assertThat(policy.problem(common)).as(common).contains("password.tooCommon");
        }
        assertThat(policy.problem("iloveyou")).as("short ones fail on length first").contains("password.tooShort");
    }

    @Test
    void the_length_rule_and_its_message_agree() throws Exception {
        var english = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english.getProperty("password.tooShort")).contains(String.valueOf(PasswordPolicy.MIN_LENGTH));
        assertThat(english.getProperty("password.tooLong")).contains(String.valueOf(PasswordPolicy.MAX_BYTES));
    }
}
