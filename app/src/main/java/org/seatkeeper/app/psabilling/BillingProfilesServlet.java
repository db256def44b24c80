package org.seatkeeper.app.psabilling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.psa.PsaAgreementType;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;

/** GET /psa/billing-profiles: every billing profile, what it bills and on which agreement types. */
final class BillingProfilesServlet extends PageServlet {

    static final String PATH = "/psa/billing-profiles";

    private final BillingProfileRepository profiles;
    private final LicenseLinkRepository links;
    private final PsaDataRepository psa;
    private final SkuMappingRepository mappings;

    BillingProfilesServlet(PageSupport pages, BillingProfileRepository profiles, LicenseLinkRepository links,
                           PsaDataRepository psa, SkuMappingRepository mappings) {
        super(pages);
        this.profiles = profiles;
        this.links = links;
        this.psa = psa;
        this.mappings = mappings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<Long, String> products = psa.products().stream().collect(Collectors.toMap(PsaProduct::id, BillingProfileChoices::label));
        Map<Long, String> types = psa.agreementTypes().stream().collect(Collectors.toMap(PsaAgreementType::id, PsaAgreementType::name));
        List<SkuMapping> skuNames = mappings.list();
        List<BillingProfilesPage.Row> rows = profiles.list().stream().map(p -> row(p, products, types, skuNames)).toList();
        render(request, response, "psa/billing-profiles.ftlh", Map.of("page",
                new BillingProfilesPage(rows, user(request).canWrite())));
    }

    /** 12.50, 9.00, 0.1234: at least the cents. */
    static String amount(java.math.BigDecimal value) {
        java.math.BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }

    private BillingProfilesPage.Row row(BillingProfile p, Map<Long, String> products, Map<Long, String> types,
                                        List<SkuMapping> skuNames) {
        var d = p.details();
        return new BillingProfilesPage.Row(p.id(), d.name(),
                products.getOrDefault(d.psaProductId(), "product #" + d.psaProductId() + " (no longer in the catalog)"),
                amount(d.unitPrice()) + " " + d.currency() + " / " + amount(d.unitCost()) + " " + d.currency(),
                d.agreementTypeIds().stream().map(t -> types.getOrDefault(t, "type #" + t)).sorted().collect(Collectors.joining(", ")),
                d.skus().stream().map(s -> BillingProfiles.skuName(skuNames, s.skuId()) + " · " + SkuTerm.termName(s.term()))
                        .sorted().collect(Collectors.joining(", ")),
                links.countOfProfile(p.id()), p.updatedBy());
    }
}
