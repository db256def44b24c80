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

    /**
     * What was typed in the field without the control characters and spaces around it, every kind of space: String.trim
     * takes only ASCII's, so a name of ideographic spaces passed the form's "required" and then failed the record's
     * isBlank check with a 500. (Invisible format characters, such as direction overrides, stay for the field's own
     * rule to refuse.)
     */
    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : trimmed(value);
    }

    static String trimmed(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && blank(value.charAt(start))) {
            start++;
        }
        while (end > start && blank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL;
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
