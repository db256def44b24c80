package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.ion.CloudProfiles;
import org.seatkeeper.providers.ion.IonCustomer;
import org.seatkeeper.providers.ion.IonSubscription;

/** Ion shapes beyond the recorded sample: amounts as strings, trials, cloud profiles in any order. */
class IonShapesTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final IonCustomer CUSTOMER = new IonCustomer("accounts/10001/customers/306870", null, "Demo AB",
            null, null, null, null, null, null, null, null, "ACTIVE", null);

    private static Parsed<IonSubscription> sampleItem(java.util.function.Consumer<ObjectNode> change) throws Exception {
        var items = Fixtures.items("samples/ion-v3-list-subscriptions.response.json", "items", IonSubscription.class);
        ObjectNode item = (ObjectNode) Fixtures.MAPPER.readTree(items.get(0).raw());
        change.accept(item);
        return Parsed.one(Fixtures.MAPPER, item, IonSubscription.class);
    }

    @Test
    void shouldKeepAmountsSentAsStringsToTheSeventhDecimal() throws Exception {
        // given
        var item = sampleItem(i -> i.put("price", "63.8452759").put("cost", "51.0762207").put("msrp", "70.1234567")
                .put("margin", "12.7690552"));

        // when
        ProviderSubscriptionRecord r = IonMapping.subscriptions("306870", List.of(item)).subscriptions().get(0);

        // then
        assertThat(r.unitPrice()).isEqualTo(new Money(new BigDecimal("63.8452759"), SEK));
        assertThat(r.unitCost()).isEqualTo(new Money(new BigDecimal("51.0762207"), SEK));
        assertThat(r.listPrice()).isEqualTo(new Money(new BigDecimal("70.1234567"), SEK));
    }

    @Test
    void shouldRejectAnUnreadablePriceByTheSubscriptionsId() throws Exception {
        // given
        var item = sampleItem(i -> i.put("cost", "n/a"));

        // when
        SubscriptionList list = IonMapping.subscriptions("306870", List.of(item));

        // then
        assertThat(list.subscriptions()).isEmpty();
        assertThat(list.rejected()).singleElement().extracting(RejectedRecord::externalId)
                .isEqualTo("mock6458-fa25-322f-b117-48037755116a");
    }

    @Test
    void shouldReadARunningTrialAsATrial() throws Exception {
        var item = sampleItem(i -> i.put("isTrial", true));
        assertThat(IonMapping.subscriptions("306870", List.of(item)).subscriptions().get(0).status())
                .isEqualTo(SubscriptionStatus.TRIAL);
    }

    private static CloudProfiles.CloudProfile profile(String name, String shortName, String tenantId, String domain) {
        return new CloudProfiles.CloudProfile("30", name, shortName, true, tenantId, domain, null, null);
    }

    @Test
    void shouldTakeTheTenantFromTheMicrosoftProfileWhereverItIs() {
        // given a Google profile first
        var profiles = new CloudProfiles("306870", "Demo AB", List.of(
                profile("Google Workspace", "GOOGLE", "C01abc", "demo.se"),
                profile("Microsoft", "MICROSOFT", "0f1e2d3c-0000-4000-8000-000000000001", "demo.onmicrosoft.com")));

        // when
        ProviderAccountRecord account = IonMapping.account(CUSTOMER, profiles);

        // then
        assertThat(account.tenantId()).isEqualTo("0f1e2d3c-0000-4000-8000-000000000001");
        assertThat(account.domain()).isEqualTo("demo.onmicrosoft.com");
        assertThat(account.relationship()).isEqualTo(RelationshipStatus.RESELLER);
    }

    @Test
    void shouldCountACustomerWithoutALinkedMicrosoftTenantAsAResellerCustomerWithAnUnknownTenant() {
        var unlinked = new CloudProfiles("306870", "Demo AB", List.of(profile("Microsoft", "MICROSOFT", "", "")));
        var none = new CloudProfiles("306870", "Demo AB", List.of());
        var googleOnly = new CloudProfiles("306870", "Demo AB", List.of(profile("Google", "GCP", "C01abc", "demo.se")));

        for (CloudProfiles profiles : java.util.Arrays.asList(unlinked, none, googleOnly, null)) {
            ProviderAccountRecord account = IonMapping.account(CUSTOMER, profiles);
            assertThat(account.relationship()).isEqualTo(RelationshipStatus.RESELLER);
            assertThat(account.tenantId()).isNull();
            assertThat(account.domain()).isNull();
        }
    }
}
