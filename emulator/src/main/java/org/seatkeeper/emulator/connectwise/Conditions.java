package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatkeeper.emulator.http.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.seatkeeper.emulator.http.Json;

/**
 * Parses ConnectWise {@code conditions}: {@code field op value} with {@code /} paths, operators
 * {@code = != < <= > >= contains like in}, values as "strings", numbers, true/false, null or [datetimes],
 * combined with {@code and}, {@code or}, {@code not} and parentheses.
 */
final class Conditions {

    private final String text;
    private int pos;

    private Conditions(String text) {
        this.text = text;
    }

    static Predicate<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) {
            return node -> true;
        }
        Conditions parser = new Conditions(text);
        Predicate<JsonNode> predicate = parser.or();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.error("Unexpected text");
        }
        return predicate;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (keyword("or")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = unary();
        while (keyword("and")) {
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<JsonNode> unary() {
        if (keyword("not")) {
            return unary().negate();
        }
        if (symbol("(")) {
            Predicate<JsonNode> inner = or();
            expect(")");
            return inner;
        }
        return comparison();
    }

    private Predicate<JsonNode> comparison() {
        String[] path = identifier().split("/");
        skipSpaces();
        if (keyword("in")) {
            expect("(");
            List<Object> values = new ArrayList<>();
            do {
                values.add(value());
            } while (symbol(","));
            expect(")");
            return node -> values.stream().anyMatch(v -> compare(lookup(node, path), v) == 0);
        }
        if (keyword("contains")) {
            String needle = String.valueOf(value()).toLowerCase(Locale.ROOT);
            return node -> lookup(node, path).asText("").toLowerCase(Locale.ROOT).contains(needle);
        }
        if (keyword("like")) {
            Pattern pattern = likePattern(String.valueOf(value()));
            return node -> pattern.matcher(lookup(node, path).asText("")).matches();
        }
        String op = operator();
        Object value = value();
        return node -> {
            int c = compare(lookup(node, path), value);
            return switch (op) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c != Integer.MIN_VALUE && c < 0;
                case "<=" -> c != Integer.MIN_VALUE && c <= 0;
                case ">" -> c != Integer.MIN_VALUE && c > 0;
                default -> c != Integer.MIN_VALUE && c >= 0;
            };
        };
    }

    private static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            regex.append(c == '%' || c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** 0 = equal, otherwise the order; Integer.MIN_VALUE = not comparable (null against a value). */
    static int compare(JsonNode actual, Object expected) {
        boolean missing = actual == null || actual.isMissingNode() || actual.isNull();
        if (expected == null) {
            return missing ? 0 : 1;
        }
        if (missing) {
            return Integer.MIN_VALUE;
        }
        if (expected instanceof Number n) {
            return actual.isNumber() || actual.isTextual() ? Double.compare(actual.asDouble(), n.doubleValue()) : Integer.MIN_VALUE;
        }
        if (expected instanceof Boolean b) {
            return actual.asBoolean() == b ? 0 : 1;
        }
        return actual.asText().compareToIgnoreCase(String.valueOf(expected));
    }

    static JsonNode lookup(JsonNode node, String[] path) {
        JsonNode current = node;
        for (String segment : path) {
            current = Json.field(current, segment);
        }
        return current;
    }

    private String identifier() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '/' || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("Expected a field name");
        }
        return text.substring(start, pos);
    }

    private String operator() {
        skipSpaces();
        for (String op : new String[]{"!=", "<=", ">=", "=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        throw error("Expected an operator");
    }

    private Object value() {
        skipSpaces();
        if (pos >= text.length()) {
            throw error("Expected a value");
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw error("Unterminated string");
            }
            String value = text.substring(pos + 1, end);
            pos = end + 1;
            return value;
        }
        if (c == '[') {
            int end = text.indexOf(']', pos);
            if (end < 0) {
                throw error("Unterminated date");
            }
            String value = text.substring(pos + 1, end);
            pos = end + 1;
            return value;
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ')' && text.charAt(pos) != ',') {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word.toLowerCase(Locale.ROOT)) {
            case "null":
                return null;
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                try {
                    return Double.parseDouble(word);
                } catch (NumberFormatException e) {
                    throw error("Expected a value");
                }
        }
    }

    private boolean keyword(String word) {
        skipSpaces();
        int end = pos + word.length();
        if (text.regionMatches(true, pos, word, 0, word.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        skipSpaces();
        if (text.startsWith(symbol, pos)) {
            pos += symbol.length();
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            throw error("Expected '" + symbol + "'");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ApiException error(String message) {
        return ApiException.badRequest("InvalidConditions", message + " at position " + pos + " in conditions: " + text);
    }
}
