package ro.semnal.base.validation;

import java.util.List;

/** Thrown by a service that refuses input; carries every problem found, not only the first. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldError(field, messageKey)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean hasError(String field, String messageKey) {
        return errors.contains(new FieldError(field, messageKey));
    }
}
