package org.seatkeeper.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seatkeeper.emulator.control.EmulatorControlClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The control API over HTTP (EmulatorControlClient), checked through each provider's own answers. */
class ControlApiIT {

    private ProviderEmulator emulator;
    private EmulatorControl control;
    private ProviderReads reads;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(3));
        control = new EmulatorControlClient(emulator.baseUri());
        reads = new ProviderReads(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String newCustomer(Api provider) {
        return control.addTenant(provider, "Control Test " + provider.pathName(), "ctl" + provider.pathName() + ".onmicrosoft.com", "GB");
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldAddASubscriptionThatTheProviderReports(Api provider) {
        // given
        String customer = newCustomer(provider);

        // when
        String id = control.addSubscription(provider, customer, new NewSubscription("M365-BP", "P1Y", "monthly", 12, null, null, true));

        // then
        JsonNode item = reads.subscription(provider, customer, id);
        assertThat(item).isNotNull();
        SubscriptionView view = control.subscription(provider, id);
        assertThat(view.quantity()).isEqualTo(12);
        assertThat(view.term()).isEqualTo("P1Y");
        assertThat(view.billingCycle()).isEqualTo("monthly");
        assertThat(view.currency()).isEqualTo("GBP");
        switch (provider) {
            case PARTNER_CENTER -> {
                assertThat(item.get("quantity").asInt()).isEqualTo(12);
                assertThat(item.get("termDuration").asText()).isEqualTo("P1Y");
                assertThat(item.get("billingCycle").asText()).isEqualTo("monthly");
                assertThat(item.get("status").asText()).isEqualTo("active");
                assertThat(item.get("offerId").asText()).isEqualTo(view.offerId());
            }
            case ION -> {
                assertThat(item.get("subscriptionTotalLicenses").asText()).isEqualTo("12");
                assertThat(item.get("subscriptionBillingTerm").asText()).isEqualTo("P1Y");
                assertThat(item.get("subscriptionBillingCycle").asText()).isEqualTo("monthly");
                assertThat(item.get("mfgPartNumber").asText()).endsWith(":P1Y:M");
                assertThat(item.get("subscriptionStatus").asText()).isEqualTo("active");
                assertThat(item.get("cost").decimalValue()).isEqualByComparingTo(view.cost());
                assertThat(item.get("price").decimalValue()).isEqualByComparingTo(view.listPrice());
                assertThat(item.get("currency").asText()).isEqualTo("GBP");
            }
            case PAX8 -> {
                assertThat(item.get("quantity").asInt()).isEqualTo(12);
                assertThat(item.get("billingTerm").asText()).isEqualTo("Monthly");
                assertThat(item.get("commitmentTerm").get("term").asText()).isEqualTo("1-Year");
                assertThat(item.get("status").asText()).isEqualTo("Active");
                assertThat(item.get("price").decimalValue()).isEqualByComparingTo(view.listPrice());
                assertThat(item.get("currencyCode").asText()).isEqualTo("GBP");
            }
            default -> throw new IllegalStateException();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldStopReportingARemovedSubscriptionAndReportItAgainWhenRestored(Api provider) {
        // given
        String customer = newCustomer(provider);
        String kept = control.addSubscription(provider, customer, NewSubscription.of("M365-E3", "P1M", 3));
        String id = control.addSubscription(provider, customer, NewSubscription.of("EXO-P1", "P1M", 5));

        // when
        control.removeSubscription(provider, id);

        // then
        assertThat(reads.subscription(provider, customer, id)).isNull();
        assertThat(reads.subscription(provider, customer, kept)).isNotNull();
        assertThat(control.subscription(provider, id).reported()).isFalse();

        // when
        control.restoreSubscription(provider, id);

        // then
        assertThat(reads.subscription(provider, customer, id)).isNotNull();
        assertThat(control.subscription(provider, id).quantity()).isEqualTo(5);
    }

    @Test
    void shouldServeEachProvidersOwnStatusSpelling() {
        // given
        String pc = control.addSubscription(Api.PARTNER_CENTER, newCustomer(Api.PARTNER_CENTER), NewSubscription.of("M365-BP", "P1M", 2));
        String ionCustomer = newCustomer(Api.ION);
        String ion = control.addSubscription(Api.ION, ionCustomer, NewSubscription.of("M365-BP", "P1M", 2));
        String pax8Customer = newCustomer(Api.PAX8);
        String trial = control.addSubscription(Api.PAX8, pax8Customer, NewSubscription.of("M365-BP", "P1M", 2));
        String cancelling = control.addSubscription(Api.PAX8, pax8Customer, NewSubscription.of("M365-BS", "P1M", 2));

        // when
        control.setSubscriptionStatus(Api.PARTNER_CENTER, pc, "disabled");
        control.setSubscriptionStatus(Api.ION, ion, "cancelled");
        control.setSubscriptionStatus(Api.PAX8, trial, "trial");
        control.setSubscriptionStatus(Api.PAX8, cancelling, "PendingCancel");

        // then
        assertThat(reads.subscription(Api.PARTNER_CENTER, control.subscription(Api.PARTNER_CENTER, pc).customerId(), pc)
                .get("status").asText()).isEqualTo("disabled");
        assertThat(reads.subscription(Api.ION, ionCustomer, ion).get("subscriptionStatus").asText()).isEqualTo("CANCELLED");
        assertThat(reads.subscription(Api.PAX8, pax8Customer, trial).get("status").asText()).isEqualTo("Trial");
        assertThat(reads.subscription(Api.PAX8, pax8Customer, cancelling).get("status").asText()).isEqualTo("PendingCancel");
        assertThatThrownBy(() -> control.setSubscriptionStatus(Api.PAX8, trial, "Frozen"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PendingCancel");
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldRepointASubscriptionToAnotherOfferTermAndCycleKeepingItsId(Api provider) {
        // given
        String customer = newCustomer(provider);
        String id = control.addSubscription(provider, customer, NewSubscription.of("M365-BS", "P1M", 4));

        // when
        control.changeOffer(provider, id, "M365-BP", "P1Y", "annual");

        // then
        SubscriptionView view = control.subscription(provider, id);
        assertThat(view.productCode()).isEqualTo("M365-BP");
        assertThat(view.term()).isEqualTo("P1Y");
        assertThat(view.billingCycle()).isEqualTo("annual");
        JsonNode item = reads.subscription(provider, customer, id);
        String offerText = switch (provider) {
            case PARTNER_CENTER -> item.get("offerId").asText() + " " + item.get("termDuration").asText();
            case ION -> item.get("mfgPartNumber").asText();
            default -> item.get("vendorSkuId").asText() + " " + item.get("billingTerm").asText();
        };
        assertThat(offerText).contains("CFQ7TTC0LCHC").containsAnyOf("P1Y", "Annual");
    }

    @Test
    void shouldPriceASubscriptionAndAProductAsTold() {
        // given
        String ionCustomer = newCustomer(Api.ION);
        String ion = control.addSubscription(Api.ION, ionCustomer, NewSubscription.of("M365-E3", "P1M", 3));
        String pax8Customer = newCustomer(Api.PAX8);
        String pax8 = control.addSubscription(Api.PAX8, pax8Customer, NewSubscription.of("M365-E3", "P1M", 3));

        // when
        control.setSubscriptionPrice(Api.ION, ion, new BigDecimal("41.1234567"), new BigDecimal("35.7654321"), "GBP");
        control.setProductPrice(Api.PAX8, "M365-E3", "P1M", null, new BigDecimal("40.00"), new BigDecimal("33.50"), "GBP");

        // then
        JsonNode ionItem = reads.subscription(Api.ION, ionCustomer, ion);
        assertThat(ionItem.get("price").decimalValue()).isEqualByComparingTo("41.1234567");
        assertThat(ionItem.get("cost").decimalValue()).isEqualByComparingTo("35.7654321");
        assertThat(ionItem.get("margin").decimalValue()).isEqualByComparingTo("5.3580246");
        JsonNode pax8Item = reads.subscription(Api.PAX8, pax8Customer, pax8);
        assertThat(pax8Item.get("price").decimalValue()).isEqualByComparingTo("40.00");

        // when
        control.clearSubscriptionPrice(Api.ION, ion);

        // then
        assertThat(reads.subscription(Api.ION, ionCustomer, ion).get("price").decimalValue()).isNotEqualByComparingTo("41.1234567");
    }

    @Test
    void shouldStampTheLastChangeAsTold() {
        // given
        String customer = newCustomer(Api.ION);
        String id = control.addSubscription(Api.ION, customer, NewSubscription.of("M365-BP", "P1M", 2));

        // when
        control.setSubscriptionQuantity(Api.ION, id, 7);
        control.setLastChange(Api.ION, id, Instant.parse("2026-10-20T08:15:00Z"));

        // then
        JsonNode item = reads.subscription(Api.ION, customer, id);
        assertThat(item.get("subscriptionTotalLicenses").asText()).isEqualTo("7");
        assertThat(item.get("lastUpdatedDate").asText()).isEqualTo("2026-10-20T08:15:00Z");
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldMakeOneRecordUnreadableAndReadableAgain(Api provider) {
        // given
        String customer = newCustomer(provider);
        String good = control.addSubscription(provider, customer, NewSubscription.of("M365-BP", "P1M", 2));
        String id = control.addSubscription(provider, customer, NewSubscription.of("M365-BS", "P1M", 2));

        // when / then
        for (Unreadable how : Unreadable.values()) {
            control.makeUnreadable(provider, id, how);
            String text = reads.subscription(provider, customer, id).toString();
            switch (how) {
                case DATE -> assertThat(text).contains("2026-02-31T10:00:00Z");
                case STATUS -> assertThat(text).contains("\"Frozen\"");
                case NAME -> assertThat(text).containsPattern("(Microsoft 365 Business Standard ){20}");
                case QUANTITY -> assertThat(text).contains("\"three\"");
            }
            assertThat(reads.subscription(provider, customer, good).toString()).doesNotContain("Frozen", "three", "2026-02-31");
        }
        control.makeReadable(provider, id);
        assertThat(reads.subscription(provider, customer, id).toString()).doesNotContain("Frozen", "three", "2026-02-31");
    }

    @Test
    void shouldAddAndRemoveAnAccount() {
        // given
        String customer = newCustomer(Api.PAX8);

        // when
        boolean listed = control.accounts(Api.PAX8).stream().anyMatch(a -> a.customerId().equals(customer));
        control.removeTenant(Api.PAX8, customer);

        // then
        assertThat(listed).isTrue();
        assertThat(control.accounts(Api.PAX8)).noneMatch(a -> a.customerId().equals(customer));
    }

    @Test
    void shouldSayWhyAnOperationIsRefused() {
        assertThatThrownBy(() -> control.setSubscriptionQuantity(Api.ION, "no-such-id", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-id");
        assertThatThrownBy(() -> control.addSubscription(Api.ION, "no-such-customer", NewSubscription.of("M365-BP", "P1M", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-customer");
        assertThatThrownBy(() -> control.changeOffer(Api.PAX8, control.accounts(Api.PAX8).get(0).subscriptionIds().get(0),
                "NOPE", null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
    }

    @Test
    void shouldGiveTheSameAnswersOverHttpAsInProcess() {
        // given
        String customer = control.accounts(Api.PARTNER_CENTER).get(0).customerId();

        // then
        assertThat(control.subscriptions(Api.PARTNER_CENTER, customer)).isEqualTo(emulator.control().subscriptions(Api.PARTNER_CENTER, customer));
        assertThat(control.today()).isEqualTo(emulator.control().today());
        assertThat(control.prospects()).isEqualTo(emulator.control().prospects());
    }

    @Test
    void shouldChangeThePsaAsAPersonWould() {
        // given a company's Microsoft 365 agreement
        PsaAgreementView agreement = control.psaAgreements(0).stream().filter(a -> a.type().equals("Microsoft 365"))
                .findFirst().orElseThrow();
        PsaAdditionView addition = control.psaAdditions(agreement.id()).get(0);

        // when a person edits an addition, adds an agreement and ends another
        control.editPsaAddition(agreement.id(), addition.id(), new PsaAdditionEdit(addition.quantity() + 2, null,
                "edited by hand", null, java.time.LocalDate.of(2026, 12, 31)));
        long added = control.addPsaAgreement(agreement.companyId(), "Annual licences", "Microsoft 365 Annual", "Active", false);
        control.setPsaAgreementStatus(agreement.id(), "Cancelled");

        // then the PSA holds exactly that
        PsaAdditionView edited = control.psaAdditions(agreement.id()).stream().filter(a -> a.id() == addition.id()).findFirst().orElseThrow();
        assertThat(edited.quantity()).isEqualTo(addition.quantity() + 2);
        assertThat(edited.description()).isEqualTo("edited by hand");
        assertThat(edited.cancelledDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(edited.updatedBy()).isEqualTo("jsmith");
        assertThat(control.psaAgreements(agreement.companyId())).extracting(PsaAgreementView::id, PsaAgreementView::status,
                PsaAgreementView::prorate).contains(org.assertj.core.groups.Tuple.tuple(added, "Active", false),
                org.assertj.core.groups.Tuple.tuple(agreement.id(), "Cancelled", agreement.prorate()));
        assertThat(control.psaContacts(agreement.companyId())).isNotEmpty();
    }

    @Test
    void shouldRefuseToAssignMoreLicencesThanBought() {
        // given
        AccountView account = control.accounts(Api.PARTNER_CENTER).get(0);

        // when / then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> control.setAssignedLicences(account.tenantId(), "SPB", 100_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot assign 100000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> control.setDelegatedAccess("not-a-tenant", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No tenant not-a-tenant");
    }

    @Test
    void shouldHoldAnswersUntilReleased() throws Exception {
        // given
        String customer = control.accounts(Api.PAX8).get(0).customerId();
        control.holdAnswers(Api.PAX8);

        // when a client asks meanwhile
        java.util.concurrent.CompletableFuture<List<JsonNode>> answer =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> reads.subscriptions(Api.PAX8, customer));
        int held = control.awaitHeldAnswers(Api.PAX8, 1, java.time.Duration.ofMinutes(1));
        boolean answeredWhileHeld = answer.isDone();
        control.releaseAnswers(Api.PAX8);

        // then it is answered only once released, as usual
        assertThat(held).isEqualTo(1);
        assertThat(answeredWhileHeld).isFalse();
        assertThat(answer.get()).hasSameSizeAs(control.subscriptions(Api.PAX8, customer));
    }
}
