package org.seatkeeper.providers.connectwise;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ConnectWise "conditions" expression built from typed parts (§6.2), so user text is always a quoted, escaped
 * string literal and never becomes syntax. Immutable: {@code Conditions.where("company/identifier").eq("ACME")
 * .and("agreementStatus").eq("Active").and("parentagreementid").isNull()}.
 */
public final class Conditions {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(/[A-Za-z][A-Za-z0-9_]*)*");

    private final List<String> clauses;

    private Conditions(List<String> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    public static Field where(String field) {
        return new Field(new Conditions(List.of()), field);
    }

    public Field and(String field) {
        return new Field(this, field);
    }

    /** The text for the conditions= query parameter (not yet URL-encoded). */
    public String render() {
        return String.join(" and ", clauses);
    }

    @Override
    public String toString() {
        return render();
    }

    private Conditions with(String clause) {
        List<String> more = new ArrayList<>(clauses);
        more.add(clause);
        return new Conditions(more);
    }

    /** One field waiting for its operator. */
    public static final class Field {

        private final Conditions base;
        private final String name;

        private Field(Conditions base, String name) {
            if (name == null || !FIELD.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a ConnectWise field path: " + name);
            }
            this.base = base;
            this.name = name;
        }

        public Conditions eq(String value) {
            return op("=", quote(value));
        }

        public Conditions notEq(String value) {
            return op("!=", quote(value));
        }

        public Conditions contains(String value) {
            return op("contains", quote(value));
        }

        public Conditions like(String value) {
            return op("like", quote(value));
        }

        public Conditions eq(long value) {
            return op("=", Long.toString(value));
        }

        public Conditions eq(boolean value) {
            return op("=", Boolean.toString(value));
        }

        public Conditions in(List<String> values) {
            return op("in", "(" + String.join(",", values.stream().map(Field::quote).toList()) + ")");
        }

        public Conditions isNull() {
            return op("=", "null");
        }

        public Conditions after(Instant instant) {
            return op(">", "[" + instant.truncatedTo(ChronoUnit.SECONDS) + "]");
        }

        public Conditions before(Instant instant) {
            return op("<", "[" + instant.truncatedTo(ChronoUnit.SECONDS) + "]");
        }

        private Conditions op(String operator, String literal) {
            return base.with(name + " " + operator + " " + literal);
        }

        /** Double quotes around the value; backslashes and double quotes inside are escaped. */
        static String quote(String value) {
            Objects.requireNonNull(value, "value");
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
