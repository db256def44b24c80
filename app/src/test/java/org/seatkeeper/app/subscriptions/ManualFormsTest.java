package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.ContractStatus;

/**
 * The rules of the two manual subscription forms, field by field: what a person types, and the message shown by the
 * field it concerns (ManualChangeRulesIT walks one refusal of each form through the page). Today is 2026-12-10.
 */
class ManualFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final BillingContract USD_CONTRACT = new BillingContract(1, 1, "Main", "USD", BillingCycle.MONTHLY, 1,
            LocalDate.of(2026, 1, 1), null, ContractStatus.ACTIVE, false, Instant.EPOCH, 0);
    private static final Map<Long, Product> CATALOG = Map.of(
            7L, product(7, "Visio Plan 2", "USD"),
            8L, product(8, "Power BI Pro (EUR)", "EUR"));

    @ParameterizedTest(name = "new subscription: {0}=\"{1}\" -> {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            quantity      | -3         | quantity      | A new subscription needs at least one license.
            quantity      | 0          | quantity      | A new subscription needs at least one license.
            quantity      | 2147483647 | quantity      | A subscription has at most 1,000,000 licenses.
            quantity      | 99999999999999999 | quantity | A subscription has at most 1,000,000 licenses.
            quantity      | ""         | quantity      | Enter the number of licenses.
            quantity      | 4.5        | quantity      | Enter the number of licenses.
            quantity      | four       | quantity      | Enter the number of licenses.
            effectiveDate | 2031-01-01 | effectiveDate | The date cannot be more than a year ahead (2027-12-10 at the latest).
            effectiveDate | 2027-12-11 | effectiveDate | The date cannot be more than a year ahead (2027-12-10 at the latest).
            effectiveDate | 0000-01-01 | effectiveDate | Enter the start date as YYYY-MM-DD.
            effectiveDate | 2026-02-30 | effectiveDate | Enter the start date as YYYY-MM-DD.
            effectiveDate | 10/12/2026 | effectiveDate | Enter the start date as YYYY-MM-DD.
            effectiveDate | ""         | effectiveDate | Enter the start date as YYYY-MM-DD.
            name          | ""         | name          | Enter the subscription's name (at most 300 characters).
            product       | 8          | product       | Power BI Pro (EUR) is priced in EUR, but this contract bills in USD: pick a USD product.
            product       | 99         | product       | Pick the product.
            product       | ""         | product       | Pick the product.
            """)
    void shouldRefuseANewSubscriptionByTheFieldThatIsWrong(String field, String typed, String errorKey, String message) {
        // given
        FormModel form = aNewSubscription().with(field, typed);

        // when
        ManualSubscriptionForm.Parsed parsed = parseNew(form);

        // then: refused, with that message alone, by that field
        assertThat(parsed).isNull();
        assertThat(form.getErrors()).containsExactly(Map.entry(errorKey, message));
        assertThat(form.getValues()).containsEntry(field, typed);
    }

    @ParameterizedTest(name = "new subscription: {0}=\"{1}\" is accepted")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            quantity      | 1
            quantity      | 1000000
            quantity      | " 12 "
            effectiveDate | 2027-12-10
            effectiveDate | 1900-01-01
            name          | Visio for the design team
            """)
    void shouldAcceptANewSubscriptionAtTheEdgesOfEachRule(String field, String typed) {
        // given
        FormModel form = aNewSubscription().with(field, typed);

        // when
        ManualSubscriptionForm.Parsed parsed = parseNew(form);

        // then
        assertThat(form.getErrors()).isEmpty();
        assertThat(parsed).isNotNull();
        assertThat(parsed.productId()).isEqualTo(7);
    }

    @ParameterizedTest(name = "quantity change: quantity=\"{0}\", date \"{1}\" -> {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2147483647 | 2026-12-10 | quantity      | A subscription has at most 1,000,000 licenses.
            1000001    | 2026-12-10 | quantity      | A subscription has at most 1,000,000 licenses.
            -1         | 2026-12-10 | quantity      | The quantity cannot be negative.
            0          | 2026-12-10 | quantity      | To go down to 0 licenses, deactivate the subscription instead.
            ""         | 2026-12-10 | quantity      | Enter the new number of licenses.
            twelve     | 2026-12-10 | quantity      | Enter the new number of licenses.
            12         | 2031-01-01 | effectiveDate | The date cannot be more than a year ahead (2027-12-10 at the latest).
            12         | 2027-12-11 | effectiveDate | The date cannot be more than a year ahead (2027-12-10 at the latest).
            12         | 2026-02-30 | effectiveDate | Enter the date the change takes effect as YYYY-MM-DD.
            12         | 0000-01-01 | effectiveDate | Enter the date the change takes effect as YYYY-MM-DD.
            12         | ""         | effectiveDate | Enter the date the change takes effect as YYYY-MM-DD.
            """)
    void shouldRefuseAQuantityChangeByTheFieldThatIsWrong(String quantity, String date, String errorKey, String message) {
        // given
        FormModel form = FormModel.empty().with("action", "quantity").with("quantity", quantity)
                .with("effectiveDate", date);

        // when
        ManualChangeForm.Parsed parsed = ManualChangeForm.parse(form, TODAY);

        // then
        assertThat(parsed).isNull();
        assertThat(form.getErrors()).containsExactly(Map.entry(errorKey, message));
    }

    @ParameterizedTest(name = "quantity change: quantity=\"{0}\", date \"{1}\" is accepted")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1       | 2026-12-10
            1000000 | 2027-12-10
            12      | 2020-01-01
            """)
    void shouldAcceptAQuantityChangeAtTheEdgesOfEachRule(String quantity, String date) {
        // given
        FormModel form = FormModel.empty().with("action", "quantity").with("quantity", quantity)
                .with("effectiveDate", date);

        // when
        ManualChangeForm.Parsed parsed = ManualChangeForm.parse(form, TODAY);

        // then (a date before the subscription's start or its last change is the ledger's to refuse: the IT)
        assertThat(form.getErrors()).isEmpty();
        assertThat(parsed.quantity()).isEqualTo(Integer.parseInt(quantity));
        assertThat(parsed.effectiveDate()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "one-click {0} dated \"{1}\" -> change: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            suspend    | 2031-01-01 | The date cannot be more than a year ahead (2027-12-10 at the latest).
            reactivate | ""         | Enter the date the change takes effect as YYYY-MM-DD.
            deactivate | 2026-13-01 | Enter the date the change takes effect as YYYY-MM-DD.
            ""         | 2026-12-10 | Pick what to change.
            explode    | 2026-12-10 | Pick what to change.
            """)
    void shouldShowAOneClickChangesRefusalAboveTheButtons(String action, String date, String message) {
        // given: the buttons have no visible field, so their messages go above them
        FormModel form = FormModel.empty().with("action", action).with("effectiveDate", date);

        // when
        ManualChangeForm.Parsed parsed = ManualChangeForm.parse(form, TODAY);

        // then
        assertThat(parsed).isNull();
        assertThat(form.getErrors()).containsExactly(Map.entry(ManualChangeForm.GENERAL, message));
    }

    private static FormModel aNewSubscription() {
        return FormModel.empty().with("name", "Visio").with("product", "7").with("quantity", "4")
                .with("effectiveDate", "2026-12-01");
    }

    private static ManualSubscriptionForm.Parsed parseNew(FormModel form) {
        return ManualSubscriptionForm.parse(form, TODAY, USD_CONTRACT, id -> Optional.ofNullable(CATALOG.get(id)));
    }

    private static Product product(long id, String name, String currency) {
        return new Product(id, "OFFER-" + id, name, Term.P1M, BillingCycle.MONTHLY, currency, new BigDecimal("10"),
                new BigDecimal("8"), false, Instant.EPOCH, 0);
    }
}
