package ro.semnal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Role;

/** The two bundles hold the same keys, every key the code names, and correct Romanian letters. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation\\(|messageKey\\(\\)|title = |FieldError\\(\"\\w+\", |\\(\"\\w+\", )\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void romanian_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_ro.properties").stringPropertyNames()));
    }

    @Test
    void romanian_text_uses_comma_below_letters_never_cedillas() throws IOException {
        Properties ro = load("messages_ro.properties");
        for (String key : ro.stringPropertyNames()) {
            assertThat(ro.getProperty(key)).as(key).doesNotContain("ş", "ţ", "Ş", "Ţ");
        }
        assertThat(ro.getProperty("app.tagline")).contains("ș");
    }

    @Test
    void every_key_named_in_the_code_exists_in_both_bundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix completed at run time, e.g. "language.switchTo."
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("app.name", "nav.home", "validation.email.taken");
        assertThat(load("messages_ro.properties").stringPropertyNames())
                .containsAll(keys);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void every_role_and_profession_has_a_name_in_both_languages() throws IOException {
        Properties romanian = load("messages_ro.properties");
        Properties english = load("messages_en.properties");
        Stream<String> keys = Stream.concat(Arrays.stream(Role.values()).map(Role::messageKey),
                Arrays.stream(Profession.values()).map(Profession::messageKey));
        keys.forEach(key -> {
            assertThat(romanian.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        });
    }
}
