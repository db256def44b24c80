package org.seatkeeper.app.psacompanies;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.matching.CompanyMatch;
import org.seatkeeper.db.psa.CompanySuggestion;
import org.seatkeeper.db.psa.CompanySuggestions;
import org.seatkeeper.db.psa.PsaDataRepository;

/** /psa/company-links: GET lists customers without a ConnectWise company with their best match; POST links the ticked. */
final class CompanySuggestionsServlet extends PageServlet {

    static final String PATH = "/psa/company-links";
    private static final int PAGE_SIZE = 100;

    private final CompanySuggestions suggestions;
    private final PsaDataRepository psa;
    private final CompanyLinks links;

    CompanySuggestionsServlet(PageSupport pages, CompanySuggestions suggestions, PsaDataRepository psa, CompanyLinks links) {
        super(pages);
        this.suggestions = suggestions;
        this.psa = psa;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Paging paging = Paging.of(request, suggestions.countUnlinkedCustomers(), PAGE_SIZE);
        var customers = suggestions.unlinkedCustomers(paging.offset(), PAGE_SIZE);
        Map<Long, CompanySuggestion> best = suggestions.best(customers);
        List<CompanySuggestionsPage.Row> rows = new ArrayList<>();
        for (var c : customers) {
            CompanySuggestion s = best.get(c.id());
            String domain = c.domain() == null ? "" : c.domain();
            rows.add(s == null
                    ? new CompanySuggestionsPage.Row(c.id(), c.name(), domain, "", "", "", "", false)
                    : new CompanySuggestionsPage.Row(c.id(), c.name(), domain, s.companyName() + " (" + s.identifier() + ")",
                            s.website() == null ? "" : s.website(), s.reason(), c.id() + ":" + s.companyId(),
                            s.score() >= CompanyMatch.LIKELY));
        }
        render(request, response, "psa/company-links.ftlh", Map.of("page",
                new CompanySuggestionsPage(rows, best.size(), psa.companies().isEmpty(), paging)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        String[] ticked = request.getParameterValues("link");
        Map<Long, Long> pairs = new LinkedHashMap<>();
        for (String value : ticked == null ? new String[0] : ticked) {
            String[] parts = value.split(":");
            try {
                pairs.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // a tampered value: ignore it, the others are linked
            }
        }
        if (pairs.isEmpty()) {
            redirect(request, response, PATH, Flash.warning("Tick the matches to link first."));
            return;
        }
        CompanyLinks.BulkResult result = links.linkAll(user.username(), pairs);
        String done = "Linked " + result.linked().size() + " customer(s) to their ConnectWise company.";
        redirect(request, response, PATH, result.refused().isEmpty() ? Flash.success(done)
                : Flash.warning(done + " " + result.refused().size() + " refused: " + String.join(" ", result.refused().values())));
    }
}
