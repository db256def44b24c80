package org.seatkeeper.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Term;

/**
 * The product form's rules, field by field: what a person types and the message by that field (ProductFormRulesIT
 * walks a refusal and a save through the page, with what only the page and the catalog know).
 */
class ProductFormTest {

    @ParameterizedTest(name = "{0}=\"{1}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            listPrice | 1,250                | listPrice | with a point for decimals and no thousands separator, e.g. 1250
            listPrice | 1e3                  | listPrice | without an exponent
            unitCost  | 12345678901234567890 | unitCost  | too large
            unitCost  | -5                   | unitCost  | cannot be negative
            listPrice | twelve               | listPrice | as a number
            currency  | XYZ                  | currency  | XYZ is not an ISO 4217 currency code. Enter one such as EUR or USD.
            currency  | EURO                 | currency  | Enter a 3-letter currency code, e.g. EUR.
            currency  | ``                   | currency  | Enter a 3-letter currency code, e.g. EUR.
            currency  | €                    | currency  | Enter a 3-letter currency code, e.g. EUR.
            name      | ``                   | name      | Enter the product name.
            offerId   | ``                   | offerId   | Enter the offer or SKU id (at most 200 characters).
            term      | P2Y                  | term      | Pick the term.
            billingCycle | fortnightly       | billingCycle | Pick the billing cycle.
            """)
    void shouldRefuseANewProductByTheFieldThatIsWrong(String field, String typed, String errorKey, String message) {
        // given
        FormModel form = aNewProduct().with(field, typed);

        // when
        ProductForm.parse(form, true);

        // then: that field alone is refused, with a message saying what to type
        assertThat(form.getErrors()).containsOnlyKeys(errorKey);
        assertThat(form.getErrors().get(errorKey)).contains(message);
        assertThat(form.getValues()).containsEntry(field, typed);
    }

    @ParameterizedTest(name = "an offer id of {0} characters")
    @ValueSource(ints = {201, 1000})
    void shouldRefuseAnOfferIdLongerThanTheCatalogKeeps(int length) {
        // given
        FormModel form = aNewProduct().with("offerId", "O".repeat(length));

        // when
        ProductForm.parse(form, true);

        // then
        assertThat(form.getErrors()).containsOnlyKeys("offerId");
    }

    @ParameterizedTest(name = "a name of {0} characters")
    @ValueSource(ints = {301, 5000})
    void shouldRefuseANameLongerThanTheCatalogKeeps(int length) {
        // given
        FormModel form = aNewProduct().with("name", "N".repeat(length));

        // when
        ProductForm.parse(form, true);

        // then
        assertThat(form.getErrors()).containsOnlyKeys("name");
    }

    @ParameterizedTest(name = "list price \"{0}\", cost \"{1}\" -> {2} / {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1,250.00 | 1250.5 | 1250.00 | 1250.5
            12.5     | ``     | 12.5    |
            ``       | 0.0001 |         | 0.0001
            ` 7 `    | 7      | 7       | 7
            """)
    void shouldReadPlainAndGroupedAmountsExactly(String price, String cost, String listPrice, String unitCost) {
        // given
        FormModel form = aNewProduct().with("listPrice", price).with("unitCost", cost);

        // when
        ProductForm parsed = ProductForm.parse(form, true);

        // then
        assertThat(form.getErrors()).isEmpty();
        assertThat(parsed.listPrice() == null ? null : parsed.listPrice().toPlainString()).isEqualTo(listPrice);
        assertThat(parsed.unitCost() == null ? null : parsed.unitCost().toPlainString()).isEqualTo(unitCost);
    }

    @ParameterizedTest(name = "currency \"{0}\" is read as {1}")
    @CsvSource({"usd, USD", "' eur ', EUR", "CHF, CHF"})
    void shouldReadACurrencyCodeWhateverItsCase(String typed, String currency) {
        // given
        FormModel form = aNewProduct().with("currency", typed);

        // when
        ProductForm parsed = ProductForm.parse(form, true);

        // then
        assertThat(form.getErrors()).isEmpty();
        assertThat(parsed.currency()).isEqualTo(currency);
        assertThat(parsed.term()).isEqualTo(Term.P1M);
        assertThat(parsed.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
    }

    @ParameterizedTest(name = "editing: {0}=\"{1}\" is not read")
    @CsvSource({"currency, XYZ", "offerId, ''", "term, P2Y"})
    void shouldNotReadTheKeyFieldsWhenEditing(String field, String typed) {
        // given: an existing product's key cannot change, so its fields are not checked on an edit
        FormModel form = aNewProduct().with(field, typed);

        // when
        ProductForm.parse(form, false);

        // then
        assertThat(form.getErrors()).isEmpty();
    }

    private static FormModel aNewProduct() {
        return FormModel.empty().with("offerId", "CFQ7TTC0LF8Q:0001").with("name", "Office 365 E1").with("term", "P1M")
                .with("billingCycle", "MONTHLY").with("currency", "USD").with("listPrice", "10").with("unitCost", "8");
    }
}
