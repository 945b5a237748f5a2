package ro.semnal.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 20 characters from a 29-letter alphabet without look-alikes (no 0/O, 1/I/L, U/V),
 * about 97 bits of randomness, grouped by four for reading: {@code 7KQ4-M2XP-9HTR-3CWD-EFJN}.
 */
final class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as typed (any case, spaces or dashes anywhere, O for 0 and I or L for 1 are not in the alphabet
     * and are refused) in its canonical grouped form, or empty when it cannot be a code.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i += 4) {
            code.append(i == 0 ? "" : "-").append(plain, i, i + 4);
        }
        return Optional.of(code.toString());
    }
}
