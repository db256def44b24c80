package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The shape every check's candidate query selects, so one MERGE writes the findings of any check. A check sets the
 * columns it knows; the others are typed NULLs. Built with {@link #of} and the {@code withXxx} methods.
 */
public record CandidateFields(Field<String> checkKind, Field<String> subjectType, Field<Long> subjectId,
                              Field<String> subjectName, Field<Long> providerId, Field<Long> customerId,
                              Field<Long> subscriptionId, Field<Long> providerAccountId, Field<Long> productId,
                              Field<Integer> p, Field<Integer> s, Field<Integer> l, Field<Integer> b,
                              Field<Integer> e, Field<Integer> a, Field<String> providerStatus,
                              Field<String> seatkeeperStatus, Field<String> direction, Field<Integer> difference,
                              Field<BigDecimal> unitPrice, Field<String> currency, Field<String> detail) {

    static final List<String> NAMES = List.of("check_kind", "subject_type", "subject_id", "subject_name",
            "provider_id", "customer_id", "subscription_id", "provider_account_id", "product_id", "p", "s", "l", "b",
            "e", "a", "provider_status", "seatkeeper_status", "direction", "difference", "unit_price", "currency",
            "detail");

    /** A candidate of {@code check} about {@code subjectType} {@code subjectId}; every number starts as NULL. */
    public static CandidateFields of(CheckKind check, SubjectType subjectType, Field<Long> subjectId,
                                     Field<String> subjectName, Field<String> direction) {
        Field<Integer> noInt = castNull(SQLDataType.INTEGER);
        Field<Long> noLong = castNull(SQLDataType.BIGINT);
        Field<String> noText = castNull(SQLDataType.VARCHAR(500));
        // HSQLDB types a CASE of literals as CHAR(longest) and pads the shorter ones: say VARCHAR
        return new CandidateFields(inline(check.name()), inline(subjectType.name()), subjectId, subjectName, noLong,
                noLong, noLong, noLong, noLong, noInt, noInt, noInt, noInt, noInt, noInt, noText, noText,
                direction.cast(SQLDataType.VARCHAR(20)),
                noInt, castNull(SQLDataType.DECIMAL(19, 4)), castNull(SQLDataType.CHAR(3)), noText);
    }

    public CandidateFields withOwners(Field<Long> provider, Field<Long> customer, Field<Long> subscription,
                                      Field<Long> providerAccount, Field<Long> product) {
        return new CandidateFields(checkKind, subjectType, subjectId, subjectName, provider, customer, subscription,
                providerAccount, product, p, s, l, b, e, a, providerStatus, seatkeeperStatus, direction, difference,
                unitPrice, currency, detail);
    }

    public CandidateFields withNumbers(Field<Integer> provider, Field<Integer> seatkeeper, Field<Integer> log,
                                       Field<Integer> difference) {
        return new CandidateFields(checkKind, subjectType, subjectId, subjectName, providerId, customerId,
                subscriptionId, providerAccountId, productId, provider, seatkeeper, log, b, e, a, providerStatus,
                seatkeeperStatus, direction, difference, unitPrice, currency, detail);
    }

    public CandidateFields withTenantNumbers(Field<Integer> billed, Field<Integer> enabled, Field<Integer> assigned) {
        return new CandidateFields(checkKind, subjectType, subjectId, subjectName, providerId, customerId,
                subscriptionId, providerAccountId, productId, p, s, l, billed, enabled, assigned, providerStatus,
                seatkeeperStatus, direction, difference, unitPrice, currency, detail);
    }

    public CandidateFields withStatuses(Field<String> provider, Field<String> seatkeeper) {
        return new CandidateFields(checkKind, subjectType, subjectId, subjectName, providerId, customerId,
                subscriptionId, providerAccountId, productId, p, s, l, b, e, a, provider, seatkeeper, direction,
                difference, unitPrice, currency, detail);
    }

    public CandidateFields withPrice(Field<BigDecimal> price, Field<String> priceCurrency) {
        return new CandidateFields(checkKind, subjectType, subjectId, subjectName, providerId, customerId,
                subscriptionId, providerAccountId, productId, p, s, l, b, e, a, providerStatus, seatkeeperStatus,
                direction, difference, price, priceCurrency, detail);
    }

    public CandidateFields withDetail(Field<String> text) {
        return new CandidateFields(checkKind, subjectType, subjectId, subjectName, providerId, customerId,
                subscriptionId, providerAccountId, productId, p, s, l, b, e, a, providerStatus, seatkeeperStatus,
                direction, difference, unitPrice, currency, text.cast(SQLDataType.VARCHAR(500)));
    }

    /** The select list, each column under its candidate name. */
    public List<SelectField<?>> selectList() {
        List<Field<?>> fields = List.of(checkKind, subjectType, subjectId, subjectName, providerId, customerId,
                subscriptionId, providerAccountId, productId, p, s, l, b, e, a, providerStatus, seatkeeperStatus,
                direction, difference, unitPrice, currency, detail);
        return java.util.stream.IntStream.range(0, fields.size())
                .<SelectField<?>>mapToObj(i -> fields.get(i).as(NAMES.get(i))).toList();
    }

    /** A text literal typed VARCHAR, so a CASE of texts of different lengths is not padded to the longest. */
    static Field<String> text(String value) {
        return inline(value).cast(SQLDataType.VARCHAR(500));
    }

    /** A column of a derived table of candidates. */
    static <T> Field<T> column(Table<?> candidates, String name, Class<T> type) {
        return field(name(candidates.getName(), name), type);
    }
}
