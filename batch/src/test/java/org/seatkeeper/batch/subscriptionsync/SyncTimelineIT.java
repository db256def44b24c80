package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.subscriptionsync.SubscriptionSyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DriftReport;

/**
 * "Quantity after" holds along every subscription's timeline: read in date order, each event's quantity after is
 * the sum of the changes up to it, whatever the provider's renewals and change dates.
 */
class SyncTimelineIT {

    @Test
    void shouldKeepEveryQuantityAfterTrueAlongTheTimelineThroughRenewalsAndSeatChanges() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(30, 6)) {
            // given: every subscription got one more seat on night two, so each log has an event of that night
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(30);
            f.syncSubscriptions(NIGHT_ONE);
            f.db.dsl().select(SUBSCRIPTION.EXTERNAL_ID, SUBSCRIPTION.QUANTITY).from(SUBSCRIPTION)
                    .where(SUBSCRIPTION.STATUS.eq("ACTIVE"))
                    .forEach(r -> f.emulator.control().setSubscriptionQuantity(Api.PARTNER_CENTER, r.value1(),
                            r.value2() + 1));
            f.syncSubscriptions(NIGHT_ONE.plusDays(1));

            // when: the provider drifts for a few days (renewals of ended terms among it) and we sync each night
            int renewals = 0;
            for (int night = 2; night <= 5; night++) {
                DriftReport drift = f.emulator.control().advanceDay();
                renewals += drift.renewals().stream().filter(r -> r.provider() == Api.PARTNER_CENTER).count();
                f.syncSubscriptions(NIGHT_ONE.plusDays(night));
            }

            // then
            assertThat(renewals).as("the drift renewed some terms").isPositive();
            assertThat(f.logMismatches()).isZero();
            assertThat(timelineBreaks(f)).isEmpty();
            assertThat(eventsAfter(f, NIGHT_ONE.plusDays(5))).as("no event dated in the future").isZero();
        }
    }

    /** Events whose quantity after is not the sum of the changes dated up to them (ties in the order recorded). */
    static List<String> timelineBreaks(SubscriptionSyncFixture f) {
        Map<Long, Integer> running = new HashMap<>();
        List<String> breaks = new ArrayList<>();
        f.db.dsl().selectFrom(LICENSE_CHANGE)
                .orderBy(LICENSE_CHANGE.SUBSCRIPTION_ID, LICENSE_CHANGE.EFFECTIVE_DATE, LICENSE_CHANGE.ID)
                .forEach(e -> {
                    int sum = running.merge(e.getSubscriptionId(), e.getQuantityChange(), Integer::sum);
                    if (sum != e.getQuantityAfter()) {
                        breaks.add("subscription " + e.getSubscriptionId() + ": " + e.getEventType() + " on "
                                + e.getEffectiveDate() + " says " + e.getQuantityAfter() + ", the log adds up to "
                                + sum);
                    }
                });
        return breaks;
    }

    private static int eventsAfter(SubscriptionSyncFixture f, LocalDate date) {
        return f.db.dsl().fetchCount(LICENSE_CHANGE, LICENSE_CHANGE.EFFECTIVE_DATE.gt(date));
    }
}
