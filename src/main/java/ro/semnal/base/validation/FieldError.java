package ro.semnal.base.validation;

/** One rejected input: the form field it belongs to and the translation key of the message. */
public record FieldError(String field, String messageKey) {
}
