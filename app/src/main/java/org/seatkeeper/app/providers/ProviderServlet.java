package org.seatkeeper.app.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.providers.CredentialsProblem;
import java.util.Map;
import java.util.TreeSet;
import org.seatkeeper.app.jobs.AccountSyncs;
import org.seatkeeper.app.jobs.JobRow;
import org.seatkeeper.app.pricing.PricingWiring;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;

/** GET /providers/{id}: the provider, its actions, and its latest account syncs with their progress. */
final class ProviderServlet extends PageServlet {

    private static final int RECENT_SYNCS = 5;

    private final ProviderRepository providers;
    private final JobHistory history;
    private final PricingWiring pricing;

    public ProviderServlet(PageSupport pages, ProviderRepository providers, JobHistory history,
                           PricingWiring pricing) {
        super(pages);
        this.providers = providers;
        this.history = history;
        this.pricing = pricing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Provider p = providers.find(idFromPath(request, 0)).orElseThrow(() -> HttpProblem.notFound("That provider"));
        List<JobRow> syncs = history.recent(AccountSyncs.JOB_NAME, p.id(), RECENT_SYNCS).stream().map(JobRow::of).toList();
        List<ProviderPage.Fact> facts = List.of(
                new ProviderPage.Fact("Kind", ProviderKinds.label(p.kind())),
                new ProviderPage.Fact("Synced", p.automatic() ? "Automatic: provider accounts are synced every night" : "Manual: nothing is synced"),
                new ProviderPage.Fact("Status", p.enabled() ? "Enabled" : "Disabled"),
                new ProviderPage.Fact("Currency", p.currency()),
                new ProviderPage.Fact("Countries", p.countries().isEmpty() ? "—" : String.join(", ", new TreeSet<>(p.countries()))),
                new ProviderPage.Fact("Credentials", p.hasCredentials() ? "Stored (encrypted)" : "None"),
                new ProviderPage.Fact("API base URL", p.apiBaseUrl() == null ? "The provider's own" : p.apiBaseUrl()),
                new ProviderPage.Fact("Token URL", p.tokenUrl() == null ? "The provider's own" : p.tokenUrl()),
                new ProviderPage.Fact("Last account sync", p.accountsSyncedAt() == null ? "Never" : ProviderRow.TIME.format(p.accountsSyncedAt())));
        Optional<CredentialsProblem> problem = providers.credentialsProblems().find(p.id());
        int refresh = syncs.stream().anyMatch(JobRow::running) ? 2 : 0;
        render(request, response, "providers/detail.ftlh", Map.of("page", new ProviderPage(p.id(), p.name(), p.enabled(),
                p.automatic(), p.automatic() && p.enabled(), p.version(), facts, syncs, refresh,
                pricing.summary(PriceScope.provider(p.id())),
                problem.map(CredentialsAdvice::whatToDo).orElse(""), problem.map(CredentialsAdvice::reason).orElse(""))));
    }
}
