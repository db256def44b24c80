package org.seatkeeper.app.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.psa.CompanySuggestions;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfileDetails;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.QuantitySource;
import org.seatkeeper.db.psabilling.SeatkeeperPrices;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.LicenseSubscription;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's billing in the PSA, so its pages show real content: once the demo's account syncs have completed, the
 * first Partner Center accounts become customers with their tenant and ConnectWise company linked, their
 * subscriptions, the PSA data and their licenses are read, and one billing profile per license and term they have is
 * created with a link on the company's Microsoft 365 agreement. Everything is recorded as done by "demo" in the audit
 * log. Runs once per data directory (nothing is done when a billing profile exists); a failure only logs.
 */
final class DemoBilling {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBilling.class);
    private static final String ACTOR = "demo";
    private static final int CUSTOMERS = 3;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** The emulated ConnectWise's "Microsoft 365" agreement type. */
    private static final String MICROSOFT_365 = "Microsoft 365";

    private final AppContext app;
    private final JobsEngine jobs;
    private final DSLContext dsl;

    DemoBilling(AppContext app, JobsEngine jobs) {
        this.app = app;
        this.jobs = jobs;
        this.dsl = app.database().dsl();
    }

    /** @param accountSyncs the demo's first account syncs, waited for before anything is linked */
    void setUpAfter(List<Long> accountSyncs) {
        try {
            if (!new BillingProfileRepository(dsl).list().isEmpty()) {
                return;
            }
            for (long run : accountSyncs) {
                jobs.runner().awaitCompletion(run, PATIENCE);
            }
            List<Long> customers = app.database().transactions().inTransaction(this::customersFromAccounts);
            if (customers.isEmpty()) {
                LOG.info("Demo: no unmapped Partner Center account to make a billed customer of");
                return;
            }
            run(SubscriptionSyncJobConfiguration.JOB_NAME);
            run(PsaRefreshJobConfiguration.JOB_NAME);
            run(LicenseUsageJobConfiguration.JOB_NAME);
            app.database().transactions().run(() -> linkBilling(customers));
            LOG.info("Demo: {} customers linked to their tenant, ConnectWise company and billing profiles", customers.size());
        } catch (RuntimeException e) {
            LOG.warn("Demo: the billing examples were not set up: {}", e.getMessage());
        }
    }

    private void run(String job) {
        // a run started by the demo itself (a sync after the accounts) is waited for, not refused
        long id = jobs.runner().startWhenFree(job, JobRequest.manual(null, LocalDate.now(app.clock()), ACTOR), PATIENCE)
                .executionId();
        jobs.runner().awaitCompletion(id, PATIENCE);
    }

    /** The first unmapped Partner Center accounts with a tenant, each made a customer and mapped to it. */
    private List<Long> customersFromAccounts() {
        CustomerRepository customers = new CustomerRepository(dsl);
        AccountMappings mappings = new AccountMappings(dsl);
        CustomerTenantRepository tenants = new CustomerTenantRepository(dsl);
        List<ProviderAccount> accounts = new ProviderAccountRepository(dsl).page(AccountQuery.all(), PageRequest.first(100)).items()
                .stream().filter(a -> a.providerName().contains("Partner Center") && a.tenantId() != null && a.customerId() == null)
                .limit(CUSTOMERS).toList();
        return accounts.stream().map(a -> {
            long customer = customers.insert(CustomerDetails.named(a.companyName(), a.domain()), app.clock().instant());
            mappings.map(a.id(), customer, ACTOR, app.clock().instant());
            tenants.link(customer, a.tenantId(), a.providerId(), ACTOR, app.clock().instant());
            app.audit().record(ACTOR, AuditAction.CREATE, AuditEntity.CUSTOMER, customer, "Demo customer " + a.companyName()
                    + " created from its Partner Center account, its tenant linked");
            return customer;
        }).toList();
    }

    /** Company by suggestion, a profile per license and term the customers have, a link per license on the M365 agreement. */
    private void linkBilling(List<Long> customers) {
        PsaDataRepository psa = new PsaDataRepository(dsl);
        CustomerCompanyRepository companies = new CustomerCompanyRepository(dsl);
        CompanySuggestions suggestions = new CompanySuggestions(dsl);
        BillingProfileRepository profiles = new BillingProfileRepository(dsl);
        LicenseLinkRepository links = new LicenseLinkRepository(dsl);
        List<SkuMapping> mappings = new SkuMappingRepository(dsl).list();
        SeatkeeperPrices prices = new SeatkeeperPrices(dsl);
        List<PsaProduct> products = psa.products();
        Set<Long> m365 = psa.agreementTypes().stream().filter(t -> t.name().equals(MICROSOFT_365)).map(t -> t.id())
                .collect(Collectors.toSet());
        if (products.isEmpty() || m365.isEmpty()) {
            LOG.info("Demo: no ConnectWise catalog or Microsoft 365 agreement type to bill through");
            return;
        }
        Map<SkuTerm, Long> profileOf = new java.util.HashMap<>();
        for (long customer : customers) {
            var company = suggestions.suggest(customer, 1).stream().findFirst().orElse(null);
            if (company == null) {
                continue;
            }
            companies.link(customer, company.companyId(), false, ACTOR, app.clock().instant());
            PsaAgreement agreement = psa.agreements(company.companyId(), true).stream()
                    .filter(a -> a.typeId() != null && m365.contains(a.typeId())).findFirst().orElse(null);
            List<LicenseSubscription> live = new LicenseSubscriptionRepository(dsl).live(customer);
            for (TenantLicense license : new TenantLicenseRepository(dsl).licenses(customer)) {
                SkuMapping mapping = mappings.stream().filter(m -> m.skuId().equalsIgnoreCase(license.skuId())).findFirst().orElse(null);
                LicenseSubscription sub = mapping == null ? null : live.stream()
                        .filter(s -> "ACTIVE".equals(s.status()) && SkuTerm.TERMS.contains(s.term()) && mapping.matches(s.offerId()))
                        .findFirst().orElse(null);
                if (sub == null || agreement == null) {
                    continue;
                }
                SkuTerm billed = new SkuTerm(license.skuId(), sub.term());
                Long profile = profileOf.computeIfAbsent(billed, k -> profile(profiles, prices, products, mapping, k, m365));
                if (profile != null) {
                    links.create(license.id(), new LicenseLinkDetails(profile, agreement.id(),
                            LocalDate.now(app.clock()).withDayOfMonth(1), true, 0, true, QuantitySource.SUBSCRIPTION),
                            ACTOR, app.clock().instant());
                }
            }
        }
        app.audit().record(ACTOR, AuditAction.CREATE, AuditEntity.BILLING_PROFILE, 0, "Demo billing profiles and license links created for "
                + customers.size() + " customers");
    }

    private Long profile(BillingProfileRepository profiles, SeatkeeperPrices prices, List<PsaProduct> products,
                         SkuMapping mapping, SkuTerm billed, Set<Long> types) {
        String name = mapping.name() + " (" + SkuTerm.termName(billed.term()) + ")";
        var existing = profiles.byName(name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        PsaProduct product = products.stream().filter(p -> p.description() != null
                && p.description().toLowerCase(java.util.Locale.ROOT).contains(mapping.name().toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(products.get(0));
        // Seatkeeper's USD price of the product, else (a tenant billed in another currency) the catalog item's own
        var price = prices.of(Set.of(billed), product.currency()).orElse(null);
        java.math.BigDecimal listPrice = price != null && price.listPrice() != null ? price.listPrice() : product.price();
        java.math.BigDecimal unitCost = price != null && price.unitCost() != null ? price.unitCost() : product.cost();
        if (listPrice == null || unitCost == null) {
            return null;
        }
        return profiles.create(new BillingProfileDetails(name, product.id(), listPrice, unitCost, product.currency(), types,
                Set.of(billed)), ACTOR, app.clock().instant());
    }
}
