package org.seatkeeper.batch.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE_USER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.SubscriptionView;

class LicenseUsageJobIT {

    @Test
    void shouldStoreEachLinkedTenantsLicensesCountsAndHolders() {
        try (UsageFixture f = new UsageFixture()) {
            // given a direct customer (counted by Partner Center) with one idle seat, and a Pax8 customer (by Graph)
            AccountView direct = f.emulator.control().accounts(Api.PARTNER_CENTER).get(0);
            AccountView distributor = f.emulator.control().accounts(Api.PAX8).stream().filter(a -> a.tenantId() != null)
                    .findFirst().orElseThrow();
            SubscriptionView seats = f.emulator.control().subscriptions(Api.PARTNER_CENTER, direct.customerId()).stream()
                    .filter(s -> s.status().equalsIgnoreCase("active") && s.quantity() > 1 && !s.productCode().equals("AZURE"))
                    .findFirst().orElseThrow();
            long directId = f.linkedCustomer(direct, true);
            long distributorId = f.linkedCustomer(distributor, false);
            TenantLicenseRepository licenses = new TenantLicenseRepository(f.db.dsl());

            // when
            JobRun run = f.readAll();

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.read()).isEqualTo(2);
            List<TenantLicense> ofDirect = licenses.licenses(directId);
            assertThat(ofDirect).isNotEmpty().allSatisfy(l -> {
                assertThat(l.name()).isNotBlank();
                assertThat(l.unassigned()).isEqualTo(Math.max(0, l.purchased() - l.assigned()));
                assertThat(licenses.usernames(directId).getOrDefault(l.id(), List.of())).hasSize(l.assigned());
            });
            int seatsOfProduct = f.emulator.control().subscriptions(Api.PARTNER_CENTER, direct.customerId()).stream()
                    .filter(s -> s.productCode().equals(seats.productCode()) && s.status().equalsIgnoreCase("active"))
                    .mapToInt(SubscriptionView::quantity).sum();
            assertThat(ofDirect).filteredOn(l -> l.name().equals(seats.productName())).singleElement()
                    .satisfies(l -> assertThat(l.purchased()).isEqualTo(seatsOfProduct));
            assertThat(licenses.licenses(distributorId)).isNotEmpty().allSatisfy(l -> assertThat(l.name()).isNull());
            assertThat(new CustomerTenantRepository(f.db.dsl()).find(directId).orElseThrow().usageReadAt()).isNotNull();
        }
    }

    @Test
    void shouldWriteOnlyWhatChangedOnTheNextRead() {
        try (UsageFixture f = new UsageFixture()) {
            // given a first read
            AccountView direct = f.emulator.control().accounts(Api.PARTNER_CENTER).get(1);
            long customerId = f.linkedCustomer(direct, true);
            f.readAll();
            TenantLicenseRepository licenses = new TenantLicenseRepository(f.db.dsl());
            TenantLicense some = licenses.licenses(customerId).stream().filter(l -> l.purchased() > 1).findFirst().orElseThrow();
            int holders = f.db.dsl().fetchCount(TENANT_LICENSE_USER);

            int target = some.assigned() == some.purchased() ? some.purchased() - 1 : some.purchased();

            // when nothing changes, then an administrator assigns or removes a seat in the tenant
            JobRun unchanged = f.readAll();
            f.emulator.control().setAssignedLicences(direct.tenantId(), some.skuPartNumber(), target);
            JobRun changed = f.readAll();

            // then
            assertThat(unchanged.written()).isZero();
            assertThat(unchanged.unchanged()).isEqualTo(licenses.licenses(customerId).size());
            assertThat(changed.written()).isEqualTo(1);
            TenantLicense after = licenses.licenses(customerId).stream().filter(l -> l.id() == some.id()).findFirst().orElseThrow();
            assertThat(after.assigned()).isEqualTo(target);
            assertThat(after.unassigned()).isEqualTo(some.purchased() - target);
            assertThat(licenses.usernames(customerId).get(some.id())).hasSize(target);
            assertThat(f.db.dsl().fetchCount(TENANT_LICENSE_USER)).isEqualTo(holders - some.assigned() + target);
        }
    }

    @Test
    void shouldKeepTheLastLicensesAndSayWhyWhenDelegatedAccessEnds() {
        try (UsageFixture f = new UsageFixture()) {
            // given two linked customers read once, then the partner's access to one tenant ends
            AccountView lost = f.emulator.control().accounts(Api.PARTNER_CENTER).get(2);
            AccountView kept = f.emulator.control().accounts(Api.PARTNER_CENTER).get(3);
            long lostId = f.linkedCustomer(lost, false);
            long keptId = f.linkedCustomer(kept, false);
            f.readAll();
            TenantLicenseRepository licenses = new TenantLicenseRepository(f.db.dsl());
            List<TenantLicense> before = licenses.licenses(lostId);
            f.emulator.control().setDelegatedAccess(lost.tenantId(), false);

            // when
            JobRun run = f.readAll();

            // then the run goes on, the tenant keeps its licenses and says why it was not read
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(licenses.licenses(lostId)).isEqualTo(before);
            CustomerTenantRepository tenants = new CustomerTenantRepository(f.db.dsl());
            assertThat(tenants.find(lostId).orElseThrow().usageProblem()).contains("AADSTS50020");
            assertThat(tenants.find(keptId).orElseThrow().usageProblem()).isNull();
            assertThat(f.history.rejected(run.executionId())).singleElement()
                    .satisfies(r -> assertThat(r.externalId()).contains("customer " + lostId));
        }
    }

    @Test
    void shouldReadOneCustomerAloneAndKeepALicenseTheTenantNoLongerHas() {
        try (UsageFixture f = new UsageFixture()) {
            // given two linked customers, one read once
            AccountView one = f.emulator.control().accounts(Api.PARTNER_CENTER).get(0);
            AccountView other = f.emulator.control().accounts(Api.PARTNER_CENTER).get(1);
            long oneId = f.linkedCustomer(one, true);
            long otherId = f.linkedCustomer(other, true);
            f.readOne(oneId);
            TenantLicenseRepository licenses = new TenantLicenseRepository(f.db.dsl());
            TenantLicense dropped = licenses.licenses(oneId).get(0);
            f.emulator.control().subscriptions(Api.PARTNER_CENTER, one.customerId()).stream()
                    .filter(s -> s.productName().equals(dropped.name()))
                    .forEach(s -> f.emulator.control().removeSubscription(Api.PARTNER_CENTER, s.subscriptionId()));

            // when
            JobRun run = f.readOne(oneId);

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.read()).isEqualTo(1);
            assertThat(new CustomerTenantRepository(f.db.dsl()).find(otherId).orElseThrow().usageReadAt()).isNull();
            TenantLicense gone = licenses.licenses(oneId).stream().filter(l -> l.id() == dropped.id()).findFirst().orElseThrow();
            assertThat(gone.present()).isFalse();
            assertThat(gone.purchased()).isZero();
            assertThat(licenses.usernames(oneId)).doesNotContainKey(dropped.id());
        }
    }
}
