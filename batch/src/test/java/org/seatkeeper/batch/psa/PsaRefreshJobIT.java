package org.seatkeeper.batch.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.psa.PsaFixture.DAY;
import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT;
import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT_TYPE;
import static org.seatkeeper.db.jooq.Tables.PSA_COMPANY;
import static org.seatkeeper.db.jooq.Tables.PSA_PRODUCT;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.PsaAgreementView;

class PsaRefreshJobIT {

    /** 5 tenants per provider: 15 companies of tenants and 2 of nobody's; 27 offers in the catalog (14 products monthly, 13 also annual). */
    private static final int COMPANIES = 17;
    private static final int PRODUCTS = 27;

    @Test
    void shouldStoreCompaniesAgreementTypesAgreementsAndProductsPageByPage() {
        try (PsaFixture f = new PsaFixture(5, 4, null)) {
            // given
            List<PsaAgreementView> agreements = f.emulator.control().psaAgreements(0);

            // when
            JobRun run = f.refresh(DAY);

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(f.db.dsl().fetchCount(PSA_COMPANY)).isEqualTo(COMPANIES);
            assertThat(f.db.dsl().fetchCount(PSA_AGREEMENT_TYPE)).isEqualTo(4);
            assertThat(f.db.dsl().fetchCount(PSA_AGREEMENT)).isEqualTo(agreements.size());
            assertThat(f.db.dsl().fetchCount(PSA_PRODUCT)).isEqualTo(PRODUCTS);
            long total = COMPANIES + 4 + agreements.size() + PRODUCTS;
            assertThat(run.read()).isEqualTo(total);
            assertThat(run.progress().total()).isEqualTo(total);
            assertThat(run.progress().percent()).isEqualTo(100);
            assertThat(run.progress().pages()).isGreaterThan(total / 4);
            PsaDataRepository data = new PsaDataRepository(f.db.dsl());
            PsaAgreementView notProrating = agreements.stream().filter(a -> !a.prorate()).findFirst().orElseThrow();
            List<PsaAgreement> ofCompany = data.agreements(notProrating.companyId(), false);
            assertThat(ofCompany).extracting(PsaAgreement::id).contains(notProrating.id());
            assertThat(ofCompany).filteredOn(a -> a.id() == notProrating.id()).singleElement().satisfies(a -> {
                assertThat(a.prorate()).isFalse();
                assertThat(a.typeName()).isEqualTo(notProrating.type());
                assertThat(a.open()).isEqualTo(notProrating.status().equals("Active"));
            });
            assertThat(data.summaries()).allSatisfy(s -> assertThat(s.refreshedAt()).isNotNull());
            assertThat(data.products()).allSatisfy(p -> assertThat(p.currency()).isEqualTo("USD"));
        }
    }

    @Test
    void shouldFollowChangesAndMarkWhatConnectWiseNoLongerLists() {
        try (PsaFixture f = new PsaFixture(5, 1000, null)) {
            // given a first refresh, then an agreement ended in ConnectWise and a company Seatkeeper knew that is gone
            f.refresh(DAY);
            PsaAgreementView active = f.emulator.control().psaAgreements(0).stream()
                    .filter(a -> a.status().equals("Active")).findFirst().orElseThrow();
            f.emulator.control().setPsaAgreementStatus(active.id(), "Cancelled");
            f.db.dsl().insertInto(PSA_COMPANY).set(PSA_COMPANY.ID, 999_999L).set(PSA_COMPANY.IDENTIFIER, "GONE")
                    .set(PSA_COMPANY.NAME, "Gone Ltd").set(PSA_COMPANY.REFRESHED_AT, Instant.parse("2026-11-01T00:00:00Z"))
                    .execute();

            // when
            JobRun second = f.refresh(DAY);

            // then
            assertThat(second.status()).isEqualTo("COMPLETED");
            PsaDataRepository data = new PsaDataRepository(f.db.dsl());
            assertThat(data.agreement(active.id()).orElseThrow().status()).isEqualTo("Cancelled");
            assertThat(data.agreements(active.companyId(), true)).extracting(PsaAgreement::id).doesNotContain(active.id());
            assertThat(data.company(999_999L).orElseThrow().present()).isFalse();
            assertThat(data.companies()).hasSize(COMPANIES);
        }
    }

    @Test
    void shouldResumeAtThePageItStoppedAt() {
        try (PsaFixture f = new PsaFixture(5, 2, null)) {
            // given ConnectWise fails for good after the count and a few pages
            f.emulator.control().failAfter(Api.CONNECTWISE, 10, 500);
            JobRun failed = f.refresh(DAY);
            assertThat(failed.status()).isEqualTo("FAILED");
            int companiesBefore = f.db.dsl().fetchCount(PSA_COMPANY);
            f.emulator.control().clearFaults(Api.CONNECTWISE);
            int requestsBefore = f.emulator.control().requestCount(Api.CONNECTWISE);

            // when the same day is started again
            JobRun resumed = f.refresh(DAY);

            // then it resumed: the companies it had stored were not read again
            assertThat(companiesBefore).isPositive();
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.run()).isEqualTo(failed.run());
            assertThat(f.db.dsl().fetchCount(PSA_COMPANY)).isEqualTo(COMPANIES);
            int pagesOfEverything = (COMPANIES + 1) / 2 + 2 + (f.emulator.control().psaAgreements(0).size() + 1) / 2
                    + (PRODUCTS + 1) / 2;
            assertThat(f.emulator.control().requestCount(Api.CONNECTWISE) - requestsBefore).isLessThan(pagesOfEverything);
        }
    }

    @Test
    void shouldFailWithAPlainReasonWhenTheKeysAreRefused() {
        try (PsaFixture f = new PsaFixture(2, 1000, "wrongPrivateKey")) {
            // when
            JobRun run = f.refresh(DAY);

            // then
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.exitMessage()).contains("ConnectWise Manage refused the credentials").doesNotContain("wrongPrivateKey");
            assertThat(f.db.dsl().fetchCount(PSA_COMPANY)).isZero();
        }
    }
}
