package org.seatkeeper.billing.subscriptionsync;

import java.time.LocalDate;
import org.seatkeeper.providers.connector.BillingCycle;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;
import org.seatkeeper.providers.connector.SubscriptionStatus;

/** {@code aProviderRecord().quantity(13).suspended().build()}: a provider's subscription as a sync reads it. */
final class ProviderRecordBuilder {

    private int quantity = 10;
    private SubscriptionStatus status = SubscriptionStatus.ACTIVE;
    private LocalDate effectiveDate = LocalDate.of(2026, 1, 1);
    private LocalDate termEndDate = LocalDate.of(2026, 12, 31);
    private LocalDate lastChangeDate;

    static ProviderRecordBuilder aProviderRecord() {
        return new ProviderRecordBuilder();
    }

    ProviderRecordBuilder quantity(int value) {
        quantity = value;
        return this;
    }

    ProviderRecordBuilder status(SubscriptionStatus value) {
        status = value;
        return this;
    }

    ProviderRecordBuilder effectiveDate(LocalDate value) {
        effectiveDate = value;
        return this;
    }

    ProviderRecordBuilder termEndDate(LocalDate value) {
        termEndDate = value;
        return this;
    }

    ProviderRecordBuilder lastChangeDate(LocalDate value) {
        lastChangeDate = value;
        return this;
    }

    ProviderSubscriptionRecord build() {
        return new ProviderSubscriptionRecord("sub-1", "acct-1", "CFQ7TTC0LCHC:0002:P1Y", "Microsoft 365 E3", "P1Y",
                BillingCycle.MONTHLY, quantity, status, status.name(), effectiveDate, termEndDate, true, null, null,
                null, null, lastChangeDate);
    }
}
