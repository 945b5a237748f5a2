package ro.semnal.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords shipped with the application ({@code accounts/common-passwords.txt}),
 * compared case-insensitively. Loaded once; there is no network look-up.
 */
final class CommonPasswords {

    private static final String RESOURCE = "/accounts/common-passwords.txt";
    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return password != null && PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Set<String> passwords = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
