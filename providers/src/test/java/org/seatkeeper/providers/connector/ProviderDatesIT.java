package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.control.EmulatorControlClient;

/** Every date shape the providers document, served by the emulator, read as the same dates; one bad record costs one. */
class ProviderDatesIT {

    private ProviderEmulator emulator;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(4));
        control = new EmulatorControlClient(emulator.baseUri());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    static Stream<Arguments> providersAndStyles() {
        return Stream.of(Api.PARTNER_CENTER, Api.ION, Api.PAX8)
                .flatMap(api -> Stream.of(DateStyle.values()).map(style -> Arguments.of(api, style)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("providersAndStyles")
    void shouldReadEveryDocumentedDateShapeAsTheSameDates(Api api, DateStyle style) {
        // given
        ProviderConnector connector = EmulatorConnectors.of(emulator, api);
        List<String> customers = control.accounts(api).stream().map(a -> a.customerId()).toList();
        List<SubscriptionList> usual = customers.stream().map(connector::listSubscriptions).toList();

        // when
        control.setDateStyle(api, style);
        List<SubscriptionList> styled = customers.stream().map(connector::listSubscriptions).toList();

        // then
        for (int i = 0; i < customers.size(); i++) {
            assertThat(styled.get(i).rejected()).isEmpty();
            assertThat(dates(styled.get(i))).isEqualTo(dates(usual.get(i))).isNotEmpty();
        }
        assertThat(usual).allSatisfy(list -> assertThat(list.rejected()).isEmpty());
    }

    private static List<List<Object>> dates(SubscriptionList list) {
        Function<ProviderSubscriptionRecord, List<Object>> dates = r -> java.util.Arrays.asList(r.externalId(),
                r.effectiveDate(), r.termEndDate(), r.cancellationAllowedUntil(), r.lastChangeDate());
        return list.subscriptions().stream().map(dates).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldRejectOnlyTheSubscriptionWhoseDateOrQuantityCannotBeRead(Api api) {
        // given
        ProviderConnector connector = EmulatorConnectors.of(emulator, api);
        String customer = control.accounts(api).stream().filter(a -> a.subscriptionIds().size() >= 3).findFirst()
                .orElseThrow().customerId();
        List<String> ids = control.accounts(api).stream().filter(a -> a.customerId().equals(customer)).findFirst()
                .orElseThrow().subscriptionIds();
        int all = connector.listSubscriptions(customer).subscriptions().size();
        String badDate = ids.get(0);
        String badQuantity = ids.get(1);
        control.makeUnreadable(api, badDate, Unreadable.DATE);
        control.makeUnreadable(api, badQuantity, Unreadable.QUANTITY);

        // when
        SubscriptionList list = connector.listSubscriptions(customer);

        // then the two records are rejected by their own ids, and every other subscription of the account is listed
        assertThat(list.subscriptions()).hasSize(all - 2);
        assertThat(list.rejected()).extracting(RejectedRecord::externalId)
                .containsExactlyInAnyOrder(externalId(api, badDate), externalId(api, badQuantity));
        assertThat(list.rejected()).allSatisfy(r -> assertThat(r.rawJson()).isNotBlank());
        assertThat(list.rejected()).anySatisfy(r -> assertThat(r.reason()).contains("2026-02-31"));
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"ION", "PAX8"})
    void shouldDateADeactivationByTheProvidersChangeDate(Api api) {
        // given
        ProviderConnector connector = EmulatorConnectors.of(emulator, api);
        var account = control.accounts(api).get(0);
        String id = account.subscriptionIds().get(0);

        // when the provider cancels it and stamps the change two days back
        control.setSubscriptionStatus(api, id, "deleted");
        control.setLastChange(api, id, java.time.Instant.parse("2026-10-30T22:45:00Z"));
        ProviderSubscriptionRecord record = connector.listSubscriptions(account.customerId()).subscriptions().stream()
                .filter(r -> r.externalId().equals(externalId(api, id))).findFirst().orElseThrow();

        // then
        assertThat(record.status()).isEqualTo(SubscriptionStatus.DEACTIVATED);
        assertThat(record.lastChangeDate()).isEqualTo(java.time.LocalDate.of(2026, 10, 30));
    }

    /** The id the connector reports a subscription by: Ion's is the Microsoft subscription id. */
    private String externalId(Api api, String providerId) {
        return api == Api.ION ? control.subscription(api, providerId).microsoftSubscriptionId() : providerId;
    }
}
