package org.seatkeeper.app.psabilling;

import java.util.List;

/**
 * The billing profile form's choices.
 *
 * @param products      ConnectWise catalog products {value, label}
 * @param types         ConnectWise agreement types, ticked as the form holds them
 * @param skus          each mapped license in each term, ticked as the form holds them
 * @param noPsaData     no catalog or agreement types yet: the page says to refresh PSA data
 */
public record BillingProfileFormPage(String title, String action, List<Option> products, List<Choice> types,
                                     List<Choice> skus, boolean noPsaData) {

    public record Option(String value, String label) {
    }

    public record Choice(String value, String label, boolean checked) {
    }
}
