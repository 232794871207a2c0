package com.mediapatch.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The problems with a submitted form, for templates: one message per field (shown next to
 * it) and messages about the form as a whole.
 *
 * @param fields first message per field name
 * @param global messages that belong to no single field
 */
public record FormErrors(Map<String, String> fields, List<String> global) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public FormErrors {
        fields = Map.copyOf(fields);
        global = List.copyOf(global);
    }

    public static FormErrors of(BindingResult result) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            // A value that could not even be converted gets a plain message, not Spring's, which names Java types.
            fields.putIfAbsent(error.getField(),
                    error.isBindingFailure() ? "Enter a valid value." : error.getDefaultMessage());
        }
        List<String> global = result.getGlobalErrors().stream().map(ObjectError::getDefaultMessage).toList();
        return new FormErrors(fields, global);
    }

    public static FormErrors forField(String field, String message) {
        return new FormErrors(Map.of(field, message), List.of());
    }

    public String of(String field) {
        return fields.get(field);
    }

    public boolean hasAny() {
        return !fields.isEmpty() || !global.isEmpty();
    }
}
