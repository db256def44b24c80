package org.seatkeeper.app.psabilling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;

/** Builds the profile form's choices from the PSA data and the SKU mappings, ticked as the form holds them. */
final class BillingProfileChoices {

    private static final List<String> TERMS = List.of("P1M", "P1Y", "P3Y");

    private final PsaDataRepository psa;
    private final SkuMappingRepository mappings;

    BillingProfileChoices(PsaDataRepository psa, SkuMappingRepository mappings) {
        this.psa = psa;
        this.mappings = mappings;
    }

    BillingProfileFormPage page(String title, String action, FormModel form) {
        List<BillingProfileFormPage.Option> products = psa.products().stream()
                .map(p -> new BillingProfileFormPage.Option(Long.toString(p.id()), label(p))).toList();
        Set<String> typesTicked = BillingProfileForm.split(form.value(BillingProfileForm.TYPES));
        var types = psa.agreementTypes().stream().filter(t -> !t.inactive())
                .map(t -> new BillingProfileFormPage.Choice(Long.toString(t.id()), t.name(), typesTicked.contains(Long.toString(t.id()))))
                .toList();
        Set<String> skusTicked = BillingProfileForm.split(form.value(BillingProfileForm.SKUS).toLowerCase(Locale.ROOT));
        Map<String, String> skuNames = new TreeMap<>();
        for (SkuMapping m : mappings.list()) {
            skuNames.putIfAbsent(m.skuId().toLowerCase(Locale.ROOT), m.name() + " (" + m.skuPartNumber() + ")");
        }
        List<BillingProfileFormPage.Choice> skus = new ArrayList<>();
        skuNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(sku -> {
            for (String term : TERMS) {
                String value = new SkuTerm(sku.getKey(), term).value();
                skus.add(new BillingProfileFormPage.Choice(value, sku.getValue() + " · " + SkuTerm.termName(term),
                        skusTicked.contains(value.toLowerCase(Locale.ROOT))));
            }
        });
        return new BillingProfileFormPage(title, action, products, types, skus, products.isEmpty() || types.isEmpty());
    }

    static String label(PsaProduct p) {
        return p.identifier() + (p.description() == null ? "" : " · " + p.description());
    }
}
