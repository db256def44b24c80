package org.seatkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as the template sees it: the values the user typed (so nothing is lost on an error)
 * and a message by each field that is wrong.
 */
public final class FormModel {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public static FormModel empty() {
        return new FormModel();
    }

    /** Keeps every submitted parameter except secrets and the CSRF token. */
    public static FormModel of(HttpServletRequest request) {
        FormModel form = new FormModel();
        request.getParameterMap().forEach((name, value) -> {
            if (!name.equals("_csrf") && !name.toLowerCase().contains("password") && value.length > 0) {
                form.values.put(name, value[0]);
            }
        });
        return form;
    }

    public FormModel with(String name, Object value) {
        values.put(name, value == null ? "" : String.valueOf(value));
        return this;
    }

    public FormModel error(String name, String message) {
        errors.putIfAbsent(name, message);
        return this;
    }

    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value.trim();
    }

    /** The record version the form was opened on (optimistic locking); a form without it is refused as incomplete. */
    public int version() {
        try {
            return Integer.parseInt(value("version"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
