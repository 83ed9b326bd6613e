package news.dateline.member.web;

import java.util.LinkedHashMap;
import java.util.Map;

import news.dateline.site.Words;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** A form's problems by field, for showing each beside its field: the first problem of each field. */
public record FieldErrors(Map<String, String> byField) {

    public static final FieldErrors NONE = new FieldErrors(Map.of());

    /**
     * From a binding: the constraints' messages as they are (already the bundle's words); a value that could not
     * even be bound (text for a yes/no) is named as such rather than with Spring's technical message.
     */
    static FieldErrors of(BindingResult binding, Words words) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? words.get("form.error.value")
                    : error.getDefaultMessage());
        }
        return new FieldErrors(Map.copyOf(errors));
    }

    /** One problem on one field (a check made after validation, such as a wrong current password). */
    static FieldErrors of(String field, String problem) {
        return new FieldErrors(Map.of(field, problem));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }
}
