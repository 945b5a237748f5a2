package ro.semnal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ro.semnal.base.validation.FieldError;
import ro.semnal.base.validation.InvalidInputException;

/** Checks a registration field by field; pure, so the form and the service apply the same rules. */
public final class RegistrationValidator {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final int MIN_LOCAL_PART = 3;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*$");

    private RegistrationValidator() {
    }

    public static List<FieldError> validate(Registration r) {
        List<FieldError> errors = new ArrayList<>();
        fullName(r.fullName()).ifPresent(key -> errors.add(new FieldError("fullName", key)));
        email(r.email()).ifPresent(key -> errors.add(new FieldError("email", key)));
        password(r.password(), r.email()).ifPresent(key -> errors.add(new FieldError("password", key)));
        if (r.password() != null && !r.password().equals(r.passwordConfirmation())) {
            errors.add(new FieldError("passwordConfirmation", "validation.password.mismatch"));
        }
        if (r.profession() == null) {
            errors.add(new FieldError("profession", "validation.profession.required"));
        }
        institution(r.institution()).ifPresent(key -> errors.add(new FieldError("institution", key)));
        if (r.county() == null) {
            errors.add(new FieldError("county", "validation.county.required"));
        }
        return errors;
    }

    static Optional<String> fullName(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            return Optional.of("validation.fullName.required");
        }
        if (name.length() < 3 || name.length() > 200) {
            return Optional.of("validation.fullName.length");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("validation.fullName.characters");
        }
        return Optional.empty();
    }

    static Optional<String> email(String value) {
        String email = value == null ? "" : value.strip();
        if (email.isEmpty()) {
            return Optional.of("validation.email.required");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return Optional.of("validation.email.invalid");
        }
        return Optional.empty();
    }

    /**
     * The password policy (NIST SP 800-63B): 12 to 128 characters, any characters, no composition rules; not
     * one of the common passwords shipped with the app, not the e-mail address, and not containing its local
     * part (when that part has at least 3 characters).
     */
    public static Optional<String> password(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("validation.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            return Optional.of("validation.password.tooShort");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            return Optional.of("validation.password.tooLong");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("validation.password.sameAsEmail");
        }
        String localPart = localPart(email);
        if (localPart.length() >= MIN_LOCAL_PART && password.toLowerCase(Locale.ROOT).contains(localPart)) {
            return Optional.of("validation.password.containsEmail");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("validation.password.common");
        }
        return Optional.empty();
    }

    /** A new password (set through a link, or changed) meets the policy and was typed twice alike. */
    static void requireNewPassword(String password, String confirmation, String email) {
        List<FieldError> errors = new ArrayList<>();
        password(password, email).ifPresent(key -> errors.add(new FieldError("password", key)));
        if (password != null && !password.equals(confirmation)) {
            errors.add(new FieldError("passwordConfirmation", "validation.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String localPart(String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = value.indexOf('@');
        return at < 0 ? value : value.substring(0, at);
    }

    static Optional<String> institution(String value) {
        String institution = value == null ? "" : value.strip();
        if (institution.isEmpty()) {
            return Optional.of("validation.institution.required");
        }
        if (institution.length() < 2 || institution.length() > 200) {
            return Optional.of("validation.institution.length");
        }
        return Optional.empty();
    }
}
