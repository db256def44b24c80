package org.seatkeeper.billing.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityRulesTest {

    @Test
    void shouldRefuseANewSubscriptionWithoutLicensesOrWithAbsurdlyMany() {
        assertThat(QuantityRules.refusalForNew(-3)).hasValue("A new subscription needs at least one license.");
        assertThat(QuantityRules.refusalForNew(0)).hasValue("A new subscription needs at least one license.");
        assertThat(QuantityRules.refusalForNew(Integer.MAX_VALUE))
                .hasValue("A subscription has at most 1,000,000 licenses.");
        assertThat(QuantityRules.refusalForNew(1)).isEmpty();
        assertThat(QuantityRules.refusalForNew(1_000_000)).isEmpty();
    }

    @Test
    void shouldRefuseAChangeToNoneNegativeOrAbsurdlyManyLicenses() {
        assertThat(QuantityRules.refusalForChange(-1)).hasValue("The quantity cannot be negative.");
        assertThat(QuantityRules.refusalForChange(0))
                .hasValue("To go down to 0 licenses, deactivate the subscription instead.");
        assertThat(QuantityRules.refusalForChange(1_000_001))
                .hasValue("A subscription has at most 1,000,000 licenses.");
        assertThat(QuantityRules.refusalForChange(1_000_000)).isEmpty();
    }
}
