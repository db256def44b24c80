package org.seatkeeper.db.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.paging.SortDirection;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * The accounts page chooses its rows from the in-memory {@link AccountListing}; it must list exactly what the
 * database query lists, for every filter, sort, direction, provider and search, including ties and empty columns.
 */
class AccountListingIT {

    private static final Instant FIRST_NIGHT = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant SECOND_NIGHT = Instant.parse("2026-11-21T02:00:00Z");

    private static Database db;
    private static ProviderAccountRepository accounts;
    private static long ion;
    private static long partnerCenter;

    @BeforeAll
    static void accountsInEveryState() {
        db = Database.openInMemory();
        accounts = new ProviderAccountRepository(db.dsl());
        ProviderAccountSyncRepository sync = new ProviderAccountSyncRepository(db.dsl());
        ProviderRepository providers = new ProviderRepository(db.dsl());
        ion = providers.insert(new ProviderDetails("StreamOne Ion", "ION", true, "USD", null, null, Set.of("US")),
                null, FIRST_NIGHT);
        partnerCenter = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD", null,
                null, Set.of("US")), null, FIRST_NIGHT);
        List<SyncedAccount> ionFirst = new ArrayList<>();
        List<SyncedAccount> pcFirst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // repeated names and empty domains make ties and nulls that only the id orders
            String company = i % 7 == 0 ? "Same Name Ltd" : (i % 2 == 0 ? "company " : "Company ") + (100 - i);
            String domain = i % 5 == 0 ? null : "tenant" + i + ".onmicrosoft.com";
            (i % 3 == 0 ? pcFirst : ionFirst).add(new SyncedAccount("ext-" + i, "tid-" + i, domain, company, "US",
                    AccountAddress.NONE, "RESELLER"));
        }
        db.transactions().run(() -> {
            sync.upsert(ion, 1, ionFirst, FIRST_NIGHT);
            sync.upsert(partnerCenter, 2, pcFirst, FIRST_NIGHT);
            // the second night adds one account and no longer reports the first two Ion accounts
            sync.upsert(ion, 3, ionFirst.subList(2, ionFirst.size()), SECOND_NIGHT);
            sync.upsert(ion, 3, List.of(new SyncedAccount("ext-new", "tid-new", "fresh.com", "Fresh Start LLC", "US",
                    AccountAddress.NONE, "RESELLER")), SECOND_NIGHT);
            sync.markUnseenInactive(ion, 3);
        });
        CustomerRepository customers = new CustomerRepository(db.dsl());
        List<ProviderAccount> some = accounts.items(AccountQuery.all(), PageRequest.first(12));
        for (int i = 0; i < some.size(); i += 2) {
            long customer = customers.insert(CustomerDetails.named("Customer " + (char) ('Z' - i), null), SECOND_NIGHT);
            new AccountMappings(db.dsl()).map(some.get(i).id(), customer, "alice", SECOND_NIGHT);
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Test
    void shouldListWhatTheDatabaseListsForEveryQuery() {
        // given
        AccountListing listing = AccountListing.load(db.dsl());
        List<AccountQuery> queries = new ArrayList<>();
        for (Long provider : new Long[] {null, ion, partnerCenter}) {
            for (String text : new String[] {null, "company 9", "ONMICROSOFT", "tid-1", "ext-12", "customer z", "none"}) {
                for (AccountFilter filter : AccountFilter.values()) {
                    for (AccountQuery.AccountSort sort : AccountQuery.AccountSort.values()) {
                        for (SortDirection direction : SortDirection.values()) {
                            queries.add(new AccountQuery(provider, filter, text, sort, direction));
                        }
                    }
                }
            }
        }

        // when / then
        int nonEmpty = 0;
        for (AccountQuery query : queries) {
            for (PageRequest page : List.of(PageRequest.first(50), new PageRequest(5, 7))) {
                List<Long> expected = accounts.items(query, page).stream().map(ProviderAccount::id).toList();
                assertThat(listing.ids(query, page)).as(query + " " + page).isEqualTo(expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertThat(listing.counts(query)).as(query.toString()).isEqualTo(accounts.counts(query));
        }
        // the comparison is not vacuous: a good share of the pages list something
        assertThat(nonEmpty).isGreaterThan(queries.size() / 2);
    }

    @Test
    void shouldCountEveryTab() {
        // when
        AccountCounts counts = AccountListing.load(db.dsl()).counts(AccountQuery.all());

        // then
        assertThat(counts).isEqualTo(new AccountCounts(41, 6, 33, 2, 33));
    }
}
