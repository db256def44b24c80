package org.seatkeeper.db.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.Page;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.paging.SortDirection;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;

class ProviderAccountRepositoryIT {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private static Database db;
    private static ProviderAccountRepository accounts;
    private static ProviderAccountSyncRepository sync;
    private static CustomerRepository customers;
    private static long ion;
    private static long partnerCenter;

    @BeforeAll
    static void openDatabase() {
        db = Database.openInMemory();
        accounts = new ProviderAccountRepository(db.dsl());
        sync = new ProviderAccountSyncRepository(db.dsl());
        customers = new CustomerRepository(db.dsl());
        ProviderRepository providers = new ProviderRepository(db.dsl());
        ion = providers.insert(new ProviderDetails("StreamOne Ion", "ION", true, "usd", null, null, Set.of("us")),
                "ciphertext", NOW);
        partnerCenter = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD", null,
                null, Set.of("US", "CA")), null, NOW);
        List<SyncedAccount> ionAccounts = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            ionAccounts.add(anAccount("ion-" + i, String.format("Company %02d Ltd", i), "company" + i + ".com"));
        }
        db.transactions().run(() -> {
            sync.upsert(ion, 1, ionAccounts, NOW);
            sync.upsert(partnerCenter, 2, List.of(anAccount("pc-1", "Contoso Inc.", "contoso.com"),
                    anAccount("pc-2", "Fabrikam GmbH", "fabrikam.onmicrosoft.com")), NOW);
        });
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Test
    void shouldPageFilterAndSortAccounts() {
        // given
        AccountQuery ionByCompanyDesc = AccountQuery.all().forProvider(ion)
                .sortedBy(AccountQuery.AccountSort.COMPANY, SortDirection.DESC);

        // when
        Page<ProviderAccount> second = accounts.page(ionByCompanyDesc, PageRequest.page(2, 10));
        Page<ProviderAccount> search = accounts.page(AccountQuery.all().matching("contoso"), PageRequest.first(10));

        // then
        assertThat(second.total()).isEqualTo(25);
        assertThat(second.items()).extracting(ProviderAccount::companyName)
                .startsWith("Company 15 Ltd", "Company 14 Ltd").hasSize(10);
        assertThat(second.hasNext()).isTrue();
        assertThat(search.items()).extracting(ProviderAccount::externalId).containsExactly("pc-1");
        // the tabs add up, and "mapped" agrees with the mapped list (it once counted every account)
        AccountCounts counts = accounts.counts(AccountQuery.all().forProvider(ion));
        int mappedListed = accounts.page(AccountQuery.all().forProvider(ion).withFilter(AccountFilter.MAPPED),
                PageRequest.first(50)).total();
        assertThat(counts.all()).isEqualTo(25);
        assertThat(counts.mapped()).isEqualTo(mappedListed).isLessThan(25);
        assertThat(counts.mapped() + counts.unmapped()).isEqualTo(25);
    }

    @Test
    void shouldWriteNothingForAnUnchangedAccount() {
        // given
        SyncedAccount same = anAccount("ion-3", "Company 03 Ltd", "company3.com");
        int versionBefore = versionOf("ion-3");

        // when
        UpsertResult result = db.transactions().inTransaction(() -> sync.upsert(ion, 99, List.of(same), NOW));

        // then
        assertThat(result.written()).isZero();
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(versionOf("ion-3")).isEqualTo(versionBefore);
    }

    @Test
    void shouldRefuseASecondAccountOfTheSameProviderForOneCustomer() {
        // given
        long customer = customers.insert(CustomerDetails.named("Northwind Traders", "northwind.com"), NOW);
        long first = idOf("ion-20");
        long second = idOf("ion-21");
        new AccountMappings(db.dsl()).map(first, customer, "alice", NOW);

        // when / then
        assertThatThrownBy(() -> new AccountMappings(db.dsl()).map(second, customer, "alice", NOW))
                .isInstanceOf(MappingRuleException.class)
                .hasMessageContaining("Northwind Traders already has the StreamOne Ion account \"Company 20 Ltd\"")
                .hasMessageContaining("unmap");
        assertThat(accounts.find(second).orElseThrow().mapped()).isFalse();
        assertThat(accounts.find(first).orElseThrow().isNew()).isFalse();
    }

    @Test
    void shouldSuggestTheSameDomainCustomerFirst() {
        // given
        long byName = customers.insert(CustomerDetails.named("Contoso, Inc", "contoso-old.net"), NOW);
        long byDomain = customers.insert(CustomerDetails.named("CTS Holding", "contoso.com"), NOW);
        customers.insert(CustomerDetails.named("Unrelated Bakery AB", "bakery.se"), NOW);

        // when
        List<CustomerSuggestion> suggestions = new CustomerSuggestions(db.dsl()).suggest(idOf("pc-1"), 5);

        // then
        assertThat(suggestions).extracting(CustomerSuggestion::customerId).containsExactly(byDomain, byName);
        assertThat(suggestions.get(0).reason()).isEqualTo("same domain");
    }

    private static SyncedAccount anAccount(String externalId, String company, String domain) {
        return new SyncedAccount(externalId, "tid-" + externalId, domain, company, "US", AccountAddress.NONE,
                "RESELLER");
    }

    private static long idOf(String externalId) {
        return accounts.page(AccountQuery.all().matching(externalId), PageRequest.first(5)).items().stream()
                .filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow().id();
    }

    private static int versionOf(String externalId) {
        return accounts.find(idOf(externalId)).orElseThrow().version();
    }
}
