package org.seatkeeper.app.invoices;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.billing.billingrun.CreditNotes;
import org.seatkeeper.billing.billingrun.InvoiceFinalizer;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * The billing run (issue #18): the preview and finalize page, the invoices list, each invoice's page, PDF and CSV,
 * sending it by mail, and voiding it by a credit note.
 */
public final class InvoicesWiring {

    private InvoicesWiring() {
    }

    public static void register(AppContext app) {
        var dsl = app.database().dsl();
        var clock = app.clock();
        BillingInputRepository inputs = new BillingInputRepository(dsl);
        InvoiceRepository invoices = new InvoiceRepository(dsl, clock);
        BillingPreview preview = new BillingPreview(inputs);
        BillingRun run = new BillingRun(preview, new InvoiceFinalizer(preview, invoices, app.audit(), clock),
                app.database().transactions());
        BillingRunView view = new BillingRunView(new BillingViews(dsl), new BillingContractRepository(dsl, clock),
                clock);
        SettingsRepository settings = new SettingsRepository(dsl);
        InvoiceDocuments documents = new InvoiceDocuments(invoices, new ContactRepository(dsl));
        InvoicePdf pdf = new InvoicePdf(new Templates());
        InvoiceMails mails = new InvoiceMails(documents, pdf, invoices, new ContactRepository(dsl),
                new OutboxRepository(dsl), app.mail(), app.audit(), app.database().transactions(), clock,
                () -> settings.load().companyName());
        app.web().route(BillingRunServlet.PATH, new BillingRunServlet(app.pages(), run, view, inputs, clock))
                .route("/invoices", new InvoicesServlet(app.pages(), invoices))
                .route("/invoices/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/invoices/[0-9]+", new InvoiceServlet(app.pages(), documents,
                                () -> settings.load().companyName()))
                        .add("/invoices/[0-9]+/lines.csv", new InvoiceCsvServlet(app.pages(), invoices))
                        .add("/invoices/[0-9]+/pdf", new InvoicePdfServlet(app.pages(), documents, pdf,
                                () -> settings.load().companyName()))
                        .add("/invoices/[0-9]+/send", new SendInvoiceServlet(app.pages(), mails))
                        .add("/invoices/[0-9]+/void", new VoidInvoiceServlet(app.pages(),
                                new CreditNotes(invoices, app.audit(), clock), documents,
                                () -> settings.load().companyName(), app.database().transactions())));
        app.navigation().add("billing-run", "Billing run", BillingRunServlet.PATH)
                .add("invoices", "Invoices", "/invoices");
    }
}
