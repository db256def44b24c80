package org.seatkeeper.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DriftReport;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProspectTenant;
import org.seatkeeper.emulator.data.DriftEngine;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.CloudProfileShape;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.NewSubscription;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.PsaAdditionView;
import org.seatkeeper.emulator.PsaAgreementView;
import org.seatkeeper.emulator.PsaContactView;
import org.seatkeeper.emulator.connectwise.ConnectWisePsa;
import org.seatkeeper.emulator.data.BillingCycle;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Price;
import org.seatkeeper.emulator.data.StatusVocabulary;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.faults.Faults;
import org.seatkeeper.emulator.ion.IonTokens;
import org.seatkeeper.emulator.partnercenter.PartnerCenterState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The control operations, shared by the Java API and the {@code /_emulator} endpoints. */
public final class EmulatorOperations implements EmulatorControl {

    private final World world;
    private final DriftEngine drift;
    private final Faults faults;
    private final PartnerCenterState partnerCenter;
    private final IonTokens ionTokens;
    private final ConnectWisePsa psa;

    public EmulatorOperations(World world, DriftEngine drift, Faults faults, PartnerCenterState partnerCenter, IonTokens ionTokens,
                              ConnectWisePsa psa) {
        this.psa = psa;
        this.world = world;
        this.drift = drift;
        this.faults = faults;
        this.partnerCenter = partnerCenter;
        this.ionTokens = ionTokens;
    }

    @Override
    public void setFaults(Api api, FaultSettings settings) {
        faults.of(api).setSettings(settings);
    }

    @Override
    public void failNext(Api api, int count, int httpStatus) {
        faults.of(api).failNext(count, httpStatus);
    }

    @Override
    public void failAfter(Api api, int successfulRequests, int httpStatus) {
        faults.of(api).failAfter(successfulRequests, httpStatus);
    }

    @Override
    public void clearFaults(Api api) {
        faults.of(api).clear();
    }

    @Override
    public void holdAnswers(Api api) {
        faults.of(api).holdAnswers();
    }

    @Override
    public int awaitHeldAnswers(Api api, int count, java.time.Duration timeout) {
        try {
            return faults.of(api).awaitHeld(count, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return faults.of(api).heldCount();
        }
    }

    @Override
    public void releaseAnswers(Api api) {
        faults.of(api).releaseAnswers();
    }

    @Override
    public String addTenant(Api provider, String companyName, String domain, String country) {
        return world.write(() -> {
            if (world.domainTaken(domain)) {
                throw new IllegalArgumentException("Domain already in use: " + domain);
            }
            return world.addTenant(provider, world.profile(companyName, domain.toLowerCase(Locale.ROOT), country)).customerId();
        });
    }

    @Override
    public void removeTenant(Api provider, String customerId) {
        boolean removed = world.write(() -> world.removeTenant(provider, customerId));
        if (!removed) {
            throw new IllegalArgumentException("No " + provider + " customer " + customerId);
        }
    }

    @Override
    public String acceptRelationship(String tenantIdOrDomain) {
        return world.write(() -> world.acceptRelationship(tenantIdOrDomain).customerId());
    }

    @Override
    public List<ProspectTenant> prospects() {
        return world.read(() -> world.prospects().stream().map(EmulatorOperations::prospect).toList());
    }

    private static ProspectTenant prospect(Tenant t) {
        return new ProspectTenant(t.tenantId().toString(), t.profile().domain(), t.profile().companyName(), t.profile().country());
    }

    @Override
    public DriftReport advanceDay() {
        return drift.advanceDay();
    }

    @Override
    public LocalDate today() {
        return world.read(world::today);
    }

    @Override
    public void setSubscriptionQuantity(Api provider, String subscriptionId, int quantity) {
        world.write(() -> {
            Subscription subscription = require(provider, subscriptionId);
            world.setQuantity(subscription, quantity);
            return null;
        });
    }

    @Override
    public void setSubscriptionStatus(Api provider, String subscriptionId, String status) {
        StatusVocabulary.Spelled spelled = StatusVocabulary.parse(provider, status);
        change(provider, subscriptionId, s -> world.setStatus(s, spelled));
    }

    @Override
    public List<AccountView> accounts(Api provider) {
        return world.read(() -> world.tenants(provider).stream().map(t -> new AccountView(provider, t.customerId(),
                t.profile().companyName(), t.profile().domain(), t.tenantId().toString(), t.profile().country(),
                t.subscriptions().stream().map(Subscription::providerId).toList())).toList());
    }

    @Override
    public List<SubscriptionView> subscriptions(Api provider, String customerId) {
        return world.read(() -> {
            Tenant tenant = world.tenant(provider, customerId);
            if (tenant == null) {
                throw new IllegalArgumentException("No " + provider + " customer " + customerId);
            }
            return tenant.subscriptions().stream().map(s -> Views.of(world, s, true)).toList();
        });
    }

    @Override
    public SubscriptionView subscription(Api provider, String subscriptionId) {
        return world.read(() -> {
            Subscription reported = world.subscription(provider, subscriptionId);
            if (reported != null) {
                return Views.of(world, reported, true);
            }
            Subscription removed = world.removedSubscription(provider, subscriptionId);
            if (removed == null) {
                throw new IllegalArgumentException("No " + provider + " subscription " + subscriptionId);
            }
            return Views.of(world, removed, false);
        });
    }

    @Override
    public String addSubscription(Api provider, String customerId, NewSubscription wanted) {
        return world.write(() -> {
            Tenant tenant = world.tenant(provider, customerId);
            if (tenant == null) {
                throw new IllegalArgumentException("No " + provider + " customer " + customerId);
            }
            Offer offer = Offers.resolve(world.catalog(), wanted.offer(), wanted.term(), null);
            BillingCycle cycle = Offers.cycle(wanted.billingCycle(), offer, null, null);
            LocalDate purchased = wanted.purchased() == null ? world.today() : wanted.purchased();
            StatusVocabulary.Spelled status = wanted.status() == null ? null : StatusVocabulary.parse(provider, wanted.status());
            Subscription s = world.addSubscription(tenant, offer, cycle, wanted.quantity(), purchased,
                    wanted.autoRenew() == null || wanted.autoRenew());
            if (status != null) {
                world.setStatus(s, status);
            }
            return s.providerId();
        });
    }

    @Override
    public void removeSubscription(Api provider, String subscriptionId) {
        change(provider, subscriptionId, world::removeSubscription);
    }

    @Override
    public void restoreSubscription(Api provider, String subscriptionId) {
        world.write(() -> {
            Subscription removed = world.removedSubscription(provider, subscriptionId);
            if (removed == null) {
                throw new IllegalArgumentException("No removed " + provider + " subscription " + subscriptionId);
            }
            world.restoreSubscription(removed);
            return null;
        });
    }

    @Override
    public void changeOffer(Api provider, String subscriptionId, String offer, String term, String billingCycle) {
        change(provider, subscriptionId, s -> {
            Offer next = Offers.resolve(world.catalog(), offer, term, s.offer());
            world.changeOffer(s, next, Offers.cycle(billingCycle, next, s.offer(), s.billingCycle()));
        });
    }

    @Override
    public void setSubscriptionPrice(Api provider, String subscriptionId, BigDecimal listPrice, BigDecimal cost, String currency) {
        change(provider, subscriptionId, s -> world.setPrice(s, new Price(listPrice, cost,
                currency == null ? s.tenant().profile().currency() : currency)));
    }

    @Override
    public void clearSubscriptionPrice(Api provider, String subscriptionId) {
        change(provider, subscriptionId, s -> world.setPrice(s, null));
    }

    @Override
    public void setProductPrice(Api provider, String offer, String term, String billingCycle, BigDecimal listPrice,
                                BigDecimal cost, String currency) {
        Offer resolved = Offers.resolve(world.catalog(), offer, term, null);
        BillingCycle cycle = Offers.cycle(billingCycle, resolved, null, null);
        Price price = new Price(listPrice, cost, currency == null ? "USD" : currency);
        world.write(() -> {
            world.setProductPrice(provider, resolved, cycle, price);
            return null;
        });
    }

    @Override
    public void setLastChange(Api provider, String subscriptionId, Instant when) {
        change(provider, subscriptionId, s -> world.setLastChange(s, when));
    }

    @Override
    public void makeUnreadable(Api provider, String subscriptionId, Unreadable how) {
        change(provider, subscriptionId, s -> world.setUnreadable(s, how));
    }

    @Override
    public void makeReadable(Api provider, String subscriptionId) {
        change(provider, subscriptionId, s -> world.setUnreadable(s, null));
    }

    @Override
    public void setCloudProfiles(String ionCustomerId, CloudProfileShape shape) {
        world.write(() -> {
            world.setCloudProfiles(requireTenant(Api.ION, ionCustomerId), shape);
            return null;
        });
    }

    @Override
    public void setProvisioningDetails(String pax8CompanyId, boolean shown) {
        world.write(() -> {
            world.setProvisioningDetails(requireTenant(Api.PAX8, pax8CompanyId), shown);
            return null;
        });
    }

    private Tenant requireTenant(Api provider, String customerId) {
        Tenant tenant = world.tenant(provider, customerId);
        if (tenant == null) {
            throw new IllegalArgumentException("No " + provider + " customer " + customerId);
        }
        return tenant;
    }

    @Override
    public void setDateStyle(Api provider, DateStyle style) {
        world.write(() -> {
            world.prices(provider); // a provider that sells subscriptions
            world.setDateStyle(provider, style);
            return null;
        });
    }

    private void change(Api provider, String subscriptionId, java.util.function.Consumer<Subscription> change) {
        world.write(() -> {
            change.accept(require(provider, subscriptionId));
            return null;
        });
    }

    private Subscription require(Api provider, String subscriptionId) {
        Subscription subscription = world.subscription(provider, subscriptionId);
        if (subscription == null) {
            throw new IllegalArgumentException("No " + provider + " subscription " + subscriptionId
                    + (world.removedSubscription(provider, subscriptionId) != null ? " (it was removed: restore it first)" : ""));
        }
        return subscription;
    }

    @Override
    public List<String> agreementsRecorded(String customerId) {
        return partnerCenter.agreements(customerId).stream().map(a -> a.path("templateId").asText()).toList();
    }

    /** The full attestation bodies recorded for a customer. */
    public List<JsonNode> agreementBodies(String customerId) {
        return partnerCenter.agreements(customerId);
    }

    @Override
    public int requestCount(Api api) {
        return faults.of(api).requestCount();
    }

    @Override
    public int throttledCount(Api api) {
        return faults.of(api).throttledCount();
    }

    @Override
    public void setAsyncSubscriptionUpdates(boolean enabled) {
        partnerCenter.setAsyncUpdates(enabled);
    }

    @Override
    public String issueIonRefreshToken() {
        return ionTokens.issueRefreshToken();
    }

    @Override
    public void setAssignedLicences(String tenantId, String sku, int assigned) {
        world.write(() -> {
            AssignedLicences.set(world, requireTenant(tenantId), sku, assigned);
            return null;
        });
    }

    @Override
    public void setDelegatedAccess(String tenantId, boolean granted) {
        world.write(() -> {
            world.setDelegatedAccess(requireTenant(tenantId), granted);
            return null;
        });
    }

    private Tenant requireTenant(String tenantId) {
        Tenant tenant = world.byTenantId(tenantId);
        if (tenant == null) {
            throw new IllegalArgumentException("No tenant " + tenantId);
        }
        return tenant;
    }

    @Override
    public List<PsaAgreementView> psaAgreements(long companyId) {
        return psa.agreements(companyId);
    }

    @Override
    public List<PsaAdditionView> psaAdditions(long agreementId) {
        return psa.additions(agreementId);
    }

    @Override
    public void editPsaAddition(long agreementId, long additionId, PsaAdditionEdit edit) {
        psa.editAddition(agreementId, additionId, edit);
    }

    @Override
    public long addPsaAgreement(long companyId, String name, String type, String status, boolean prorate) {
        return psa.addAgreement(companyId, name, type, status, prorate);
    }

    @Override
    public void setPsaAgreementStatus(long agreementId, String status) {
        psa.setAgreementStatus(agreementId, status);
    }

    @Override
    public List<PsaContactView> psaContacts(long companyId) {
        return psa.contacts(companyId);
    }
}
