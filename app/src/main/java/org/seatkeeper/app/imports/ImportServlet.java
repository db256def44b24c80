package org.seatkeeper.app.imports;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.imports.ColumnMapping;
import org.seatkeeper.db.imports.ImportWidths;

/**
 * /subscriptions/import?contract={id}: GET shows the upload form with the provider's remembered column mapping;
 * POST (multipart) parses the file and shows the preview, keeping the plan in the session until it is confirmed.
 */
final class ImportServlet extends PageServlet {

    static final String TEMPLATE = "imports/import.ftlh";
    static final String SESSION_KEY = "seatkeeper.csvImport";

    private final CsvImport imports;
    private final BillingContractRepository contracts;
    private final BillingViews views;

    ImportServlet(PageSupport pages, CsvImport imports, BillingContractRepository contracts, BillingViews views) {
        super(pages);
        this.imports = imports;
        this.contracts = contracts;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        BillingContract contract = contract(request);
        Map<Long, String> providers = views.providersWithoutApi();
        FormModel form = FormModel.empty();
        if (!providers.isEmpty()) {
            long provider = providers.keySet().iterator().next();
            form.with("provider", provider);
            toForm(form, imports.mappingFor(provider));
        }
        render(request, response, TEMPLATE, model(contract, form, null, ""));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        requireWriter(request);
        BillingContract contract = contract(request);
        // the security filter has read the multipart body already (for its CSRF token), with the upload limits
        FormModel form = FormModel.empty();
        for (String field : List.of("provider", "subscriptionColumn", "offerColumn", "nameColumn", "quantityColumn",
                "startColumn", "termEndColumn")) {
            form.with(field, text(request.getPart(field)));
        }
        Part file = request.getPart("file");
        String name = file == null || file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
        String csv = file == null ? "" : new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Long provider = views.providersWithoutApi().containsKey(parse(form.value("provider")))
                ? parse(form.value("provider")) : null;
        if (provider == null) {
            form.error("provider", "Pick the provider the export comes from.");
        }
        for (String column : List.of("subscriptionColumn", "offerColumn", "nameColumn", "quantityColumn",
                "startColumn")) {
            if (form.value(column).isEmpty()) {
                form.error(column, "Enter the header of the column that holds this field.");
            }
        }
        for (String column : List.of("subscriptionColumn", "offerColumn", "nameColumn", "quantityColumn",
                "startColumn", "termEndColumn")) {
            // the mapping is remembered for the provider, in columns of this width
            FieldLimits.atMost(form, column, ImportWidths.COLUMN_HEADER);
        }
        CsvRows rows = ImportFileRules.read(form, name, csv);
        ColumnMapping mapping = form.hasErrors() ? null : new ColumnMapping(form.value("subscriptionColumn"),
                form.value("offerColumn"), form.value("nameColumn"), form.value("quantityColumn"),
                form.value("startColumn"), form.value("termEndColumn").isEmpty() ? null : form.value("termEndColumn"));
        if (mapping != null) {
            ImportFileRules.check(form, rows, mapping);
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(contract, form, null, name));
            return;
        }
        PendingImport pending = new PendingImport(UUID.randomUUID().toString(),
                imports.preview(contract, provider, mapping, rows), name);
        if (pending.plan().importable()) {
            // the newest preview is the one "Import" may write; an older tab's preview is refused by its id
            request.getSession().setAttribute(SESSION_KEY, pending);
        }
        render(request, response, TEMPLATE, model(contract, form, pending, name));
    }

    /** The previewed plan waiting in the session for "Import"; the confirm form names it by its id. */
    record PendingImport(String id, ImportPlan plan, String fileName) {
    }

    private Map<String, Object> model(BillingContract contract, FormModel form, PendingImport pending,
                                      String fileName) {
        List<Map<String, String>> providers = views.providersWithoutApi().entrySet().stream()
                .map(e -> Map.of("value", String.valueOf(e.getKey()), "label", e.getValue())).toList();
        return Map.of("page", ImportPage.of(contract, "/subscriptions/import?contract=" + contract.id(), providers,
                pending, fileName), "form", form);
    }

    static void toForm(FormModel form, ColumnMapping m) {
        form.with("subscriptionColumn", m.subscriptionColumn()).with("offerColumn", m.offerColumn())
                .with("nameColumn", m.nameColumn()).with("quantityColumn", m.quantityColumn())
                .with("startColumn", m.startColumn()).with("termEndColumn", m.termEndColumn());
    }

    private BillingContract contract(HttpServletRequest request) {
        return contracts.findById(parse(request.getParameter("contract")))
                .orElseThrow(() -> HttpProblem.notFound("That billing contract"));
    }

    private static String text(Part part) throws IOException {
        return part == null ? "" : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
