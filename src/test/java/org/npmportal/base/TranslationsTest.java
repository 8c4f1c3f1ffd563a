package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user-visible string exists in English, Russian and Kazakh, and every key the code uses exists. */
class TranslationsTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)}?\"");

    /** Every bundle the portal reads, as listed in spring.messages.basename. */
    static List<String> bundles() throws IOException {
        Properties application = load("application.properties");
        return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip).toList();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_bundle_has_the_same_keys_in_all_three_languages(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties russian = load(bundle + "_ru.properties");
        Properties kazakh = load(bundle + "_kk.properties");

        assertThat(english).isNotEmpty();
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(kazakh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void russian_and_kazakh_texts_are_written_in_cyrillic_and_none_is_blank(String bundle) throws IOException {
        for (String suffix : new String[] {"", "_ru", "_kk"}) {
            Properties texts = load(bundle + suffix + ".properties");
            assertThat(texts.stringPropertyNames()).allSatisfy(key ->
                    assertThat(texts.getProperty(key)).as("%s%s: %s", bundle, suffix, key).isNotBlank());
            if (!suffix.isEmpty()) {
                Set<String> notCyrillic = texts.stringPropertyNames().stream()
                        .filter(key -> !CYRILLIC.matcher(texts.getProperty(key)).find())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(notCyrillic).as("untranslated keys in %s%s", bundle, suffix).isEmpty();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void kazakh_uses_kazakh_letters() throws IOException {
        for (String bundle : bundles()) {
            String all = String.join(" ", load(bundle + "_kk.properties").values().stream()
                    .map(Object::toString).toList());
            assertThat(all).as(bundle).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
        }
    }

    @org.junit.jupiter.api.Test
    void every_message_key_used_in_the_code_exists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundles()) {
            known.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        Set<String> namespaces = known.stream().map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());

        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    String namespace = key.substring(0, key.indexOf('.'));
                    if (namespaces.contains(namespace) && !known.contains(key) && !isPrefix(key, known)) {
                        missing.add(key + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Keys built at run time, such as {@code "role." + role.name()}, appear in the code as a prefix. */
    private static boolean isPrefix(String literal, Set<String> known) {
        return literal.endsWith(".") || known.stream().anyMatch(key -> key.startsWith(literal + "."));
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
