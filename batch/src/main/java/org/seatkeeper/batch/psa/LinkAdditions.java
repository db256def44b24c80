package org.seatkeeper.batch.psa;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.LicenseSubscription;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;

/**
 * Gathers what a license link's addition is drawn from ({@link AdditionDrafts.Input}): Seatkeeper's active
 * subscriptions behind the license in the terms the profile bills (found through the SKU mappings), the tenant's
 * counts and who holds the license. The link page's preview and the PSA sync both use it, so they cannot differ.
 */
public final class LinkAdditions {

    private final LicenseSubscriptionRepository subscriptions;
    private final SkuMappingRepository mappings;
    private final TenantLicenseRepository licenses;

    public LinkAdditions(LicenseSubscriptionRepository subscriptions, SkuMappingRepository mappings,
                         TenantLicenseRepository licenses) {
        this.subscriptions = subscriptions;
        this.mappings = mappings;
        this.licenses = licenses;
    }

    public AdditionDrafts.Input input(TenantLicense license, LicenseLinkDetails link, BillingProfile profile,
                                      PsaProduct product) {
        return input(license, link, profile, product, customer(license.customerId()));
    }

    /** What {@link #input} reads about the license's customer, read once for all its links (the PSA sync). */
    public record CustomerReads(List<LicenseSubscription> live, List<SkuMapping> mappings,
                                java.util.Map<Long, List<String>> holders) {
    }

    public CustomerReads customer(long customerId) {
        return new CustomerReads(subscriptions.live(customerId), mappings.list(), licenses.usernames(customerId));
    }

    public AdditionDrafts.Input input(TenantLicense license, LicenseLinkDetails link, BillingProfile profile,
                                      PsaProduct product, CustomerReads reads) {
        int quantity = subscriptionQuantity(reads.live(), reads.mappings(), license.skuId(), profile.details().skus());
        List<String> holders = reads.holders().getOrDefault(license.id(), List.of());
        return new AdditionDrafts.Input(license.id(), link, profile, product, quantity, license.purchased(),
                license.unassigned(), holders);
    }

    /** The seats of the active subscriptions whose product is the SKU, in a term the profile bills it in. */
    static int subscriptionQuantity(List<LicenseSubscription> live, List<SkuMapping> mappings, String skuId,
                                    Set<SkuTerm> billed) {
        Set<String> terms = billed.stream().filter(s -> s.skuId().equalsIgnoreCase(skuId)).map(SkuTerm::term)
                .collect(Collectors.toSet());
        List<SkuMapping> mapped = mappings.stream().filter(m -> m.skuId().equalsIgnoreCase(skuId)).toList();
        return live.stream()
                .filter(s -> "ACTIVE".equals(s.status()) && terms.contains(s.term()))
                .filter(s -> mapped.stream().anyMatch(m -> m.matches(s.offerId())))
                .mapToInt(LicenseSubscription::quantity).sum();
    }
}
