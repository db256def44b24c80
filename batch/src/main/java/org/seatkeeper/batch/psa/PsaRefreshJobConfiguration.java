package org.seatkeeper.batch.psa;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.psa.PsaDataKind;
import org.seatkeeper.db.psa.PsaRefreshRepository;
import org.seatkeeper.providers.connectwise.CwList;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * "Refresh PSA data": {@value #JOB_NAME} reads ConnectWise's companies, agreement types, agreements and catalog
 * products into Seatkeeper (steps {@value #COUNT_STEP}, then one per kind). Names are frozen: they are keys in the
 * BATCH_* tables. See README.md in this package.
 */
public final class PsaRefreshJobConfiguration {

    public static final String JOB_NAME = "psaRefreshJob";
    public static final String COUNT_STEP = "countPsaData";
    /** How many rows of the step's kind ConnectWise no longer lists (in the step's execution context). */
    static final String GONE = "psa.gone";
    private static final int PAGE_SIZE = 1000;

    private final BatchInfrastructure batch;
    private final Database database;
    private final PsaClients clients;
    private final Clock clock;
    private final int pageSize;

    public PsaRefreshJobConfiguration(BatchInfrastructure batch, Database database, PsaClients clients, Clock clock) {
        this(batch, database, clients, clock, PAGE_SIZE);
    }

    /** @param pageSize tests read small pages to see several */
    public PsaRefreshJobConfiguration(BatchInfrastructure batch, Database database, PsaClients clients, Clock clock,
                                      int pageSize) {
        this.batch = batch;
        this.database = database;
        this.clients = clients;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public void registerWith(JobRunner runner) {
        runner.register(JOB_NAME, this::psaRefreshJob);
    }

    public Job psaRefreshJob() {
        PsaRefreshRepository refresh = new PsaRefreshRepository(database.dsl());
        // read once per run, when the products step begins: the connection may be saved after the job was built
        AtomicReference<String> currency = new AtomicReference<>();
        return batch.jobBuilder(JOB_NAME)
                .start(new StepBuilder(COUNT_STEP, batch.jobRepository())
                        .tasklet(new PsaCountTasklet(clients::client), batch.transactionManager()).build())
                .next(step("refreshPsaCompanies", PsaDataKind.COMPANIES, CwList.COMPANIES, PsaMapping::company,
                        refresh::saveCompanies))
                .next(step("refreshPsaAgreementTypes", PsaDataKind.AGREEMENT_TYPES, CwList.AGREEMENT_TYPES,
                        PsaMapping::agreementType, refresh::saveAgreementTypes))
                .next(step("refreshPsaAgreements", PsaDataKind.AGREEMENTS, CwList.AGREEMENTS, PsaMapping::agreement,
                        refresh::saveAgreements))
                .next(step("refreshPsaProducts", PsaDataKind.PRODUCTS, CwList.CATALOG,
                        (item, at) -> PsaMapping.product(item, currency.updateAndGet(c -> c != null ? c : clients.currency()), at),
                        refresh::saveProducts))
                .build();
    }

    private <T, R> Step step(String name, PsaDataKind kind, CwList<T> list, BiFunction<T, Instant, R> mapping,
                             Consumer<List<R>> writer) {
        PsaPageTasklet<T, R> tasklet = new PsaPageTasklet<>(kind, list, clients::client, mapping, writer,
                new PsaRefreshRepository(database.dsl()), new RejectedRecordRepository(database.dsl()), clock, pageSize);
        return new StepBuilder(name, batch.jobRepository()).tasklet(tasklet, batch.transactionManager()).build();
    }
}
