package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.billingrun.ContractDraft;
import org.seatkeeper.billing.billingrun.FinalizedInvoice;
import org.seatkeeper.db.invoices.BillingInputRepository;

/**
 * GET /billing-run?month=2027-02&customer=12: the preview (default: the coming month, every customer). POST
 * /billing-run: finalize the ticked contracts, or every contract whose draft has no warning.
 */
final class BillingRunServlet extends PageServlet {

    static final String PATH = "/billing-run";

    private final BillingRun run;
    private final BillingRunView view;
    private final BillingInputRepository customers;
    private final Clock clock;

    BillingRunServlet(PageSupport pages, BillingRun run, BillingRunView view, BillingInputRepository customers,
                      Clock clock) {
        super(pages);
        this.run = run;
        this.view = view;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        FormModel form = FormModel.of(request);
        YearMonth month = month(form);
        Long customer = customer(form);
        if (form.hasErrors()) {
            renderInvalid(request, response, "invoices/billing-run.ftlh", Map.of("page", page(form, null, null,
                    List.of())));
            return;
        }
        form.with("month", month.toString());
        List<ContractDraft> drafts = run.preview(month, customer);
        render(request, response, "invoices/billing-run.ftlh", Map.of("page", page(form, month, customer, drafts)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        FormModel form = FormModel.of(request);
        YearMonth month = month(form);
        Long customer = customer(form);
        if (form.hasErrors()) {
            redirect(request, response, PATH, Flash.error("Choose a period (year and month) to finalize."));
            return;
        }
        String back = PATH + "?month=" + month + (customer == null ? "" : "&customer=" + customer);
        List<Long> contracts = "all".equals(form.value("scope")) ? run.withoutWarnings(month, customer)
                : ticked(request);
        if (contracts.isEmpty()) {
            redirect(request, response, back, Flash.warning("all".equals(form.value("scope"))
                    ? "No draft is free of warnings: nothing was finalized."
                    : "Tick the drafts to finalize first: nothing was finalized."));
            return;
        }
        BillingRun.Outcome outcome = run.finalize(contracts, month, user.username());
        redirect(request, response, back, flash(outcome));
    }

    private static Flash flash(BillingRun.Outcome outcome) {
        List<String> parts = new ArrayList<>();
        if (!outcome.invoices().isEmpty()) {
            parts.add("Finalized " + outcome.invoices().size() + (outcome.invoices().size() == 1 ? " invoice: "
                    : " invoices: ") + outcome.invoices().stream().map(FinalizedInvoice::number)
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (outcome.nothingLeft() > 0) {
            parts.add(outcome.nothingLeft() + (outcome.nothingLeft() == 1 ? " contract had" : " contracts had")
                    + " nothing left to bill.");
        }
        parts.addAll(outcome.refusals());
        String message = String.join(" ", parts);
        return outcome.refusals().isEmpty() ? outcome.invoices().isEmpty() ? Flash.info(message)
                : Flash.success(message) : Flash.error(message);
    }

    private List<Long> ticked(HttpServletRequest request) {
        String[] values = request.getParameterValues("contract");
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value.strip()));
                } catch (NumberFormatException ignored) {
                    // not a contract id: nothing of ours made it, so it is left out
                }
            }
        }
        return ids.stream().distinct().toList();
    }

    private YearMonth month(FormModel form) {
        String typed = form.value("month");
        if (typed.isEmpty()) {
            return YearMonth.now(clock).plusMonths(1);
        }
        try {
            YearMonth month = YearMonth.parse(typed);
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                form.error("month", "Choose a month between 2000 and 2100.");
            }
            return month;
        } catch (DateTimeParseException e) {
            form.error("month", "Give the period as year and month, e.g. " + YearMonth.now(clock).plusMonths(1) + ".");
            return YearMonth.now(clock).plusMonths(1);
        }
    }

    private Long customer(FormModel form) {
        String typed = form.value("customer");
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            form.error("customer", "Choose a customer from the list.");
            return null;
        }
    }

    private BillingRunPage page(FormModel form, YearMonth month, Long customer, List<ContractDraft> drafts) {
        List<BillingRunPage.Option> options = customers.customers().stream()
                .map(c -> new BillingRunPage.Option(String.valueOf(c.id()), c.name())).toList();
        List<BillingRunPage.Draft> shown = drafts.stream().map(view::draft).toList();
        int finalizable = (int) shown.stream().filter(d -> d.canFinalize() && d.warnings().isEmpty()).count();
        int withWarnings = (int) shown.stream().filter(d -> !d.empty() && !d.warnings().isEmpty()).count();
        int empty = (int) shown.stream().filter(BillingRunPage.Draft::empty).count();
        String label = month == null ? "" : "Runs starting in " + month;
        return new BillingRunPage(form, label, options, shown, BillingRunView.grandTotals(drafts), finalizable,
                withWarnings, empty, month == null ? "" : month.toString(), customer == null ? ""
                : URLEncoder.encode(customer.toString(), StandardCharsets.UTF_8));
    }
}
