package ro.semnal.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import ro.semnal.base.validation.FieldError;

/** Shows a service's field errors on the form fields they belong to, in the user's language. */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks every field named by an error as invalid with its message; returns the errors that belong to
     * no field, so the caller can show them elsewhere.
     */
    public List<FieldError> show(List<FieldError> errors) {
        clear();
        boolean focused = false;
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                continue;
            }
            field.setErrorMessage(((Component) field).getTranslation(error.messageKey()));
            field.setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        return errors.stream().filter(error -> !fields.containsKey(error.field())).toList();
    }
}
