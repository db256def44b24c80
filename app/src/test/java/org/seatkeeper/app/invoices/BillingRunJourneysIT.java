package org.seatkeeper.app.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.htmlunit.html.HtmlButton;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.mail.OutboxRepository;

/**
 * The billing run as a person does it: preview the coming month, fix the warning that blocks a draft, finalize it,
 * read the invoice and its CSV, find nothing left on a second run, void the invoice by a credit note.
 */
class BillingRunJourneysIT extends AdminBrowserFixture {

    private static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private long contract;

    @Override
    protected RunningApp startApp() {
        return RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory())
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @BeforeAll
    void prepareData() {
        BillingData data = new BillingData(app.application().context().database(),
                app.application().context().clock(), "billing-run");
        long customer = data.customer("Fabrikam Billing");
        contract = data.contract(customer);
        new ContactRepository(app.application().context().database().dsl()).insert(customer,
                new ContactDetails("Fiona", "Accounts", "fiona@fabrikam.example", null));
        long priced = data.product("RUN-BB", "Microsoft 365 Business Basic", new BigDecimal("20"),
                new BigDecimal("15"));
        long unpriced = data.product("RUN-TEAMS", "Teams Essentials", null, null);
        data.manual(contract, priced, "Business Basic", 5);
        data.manual(contract, unpriced, "Teams Essentials", 3);
    }

    @Test
    void shouldPreviewFixAWarningFinalizeExportAndFindNothingLeftThenVoid() throws Exception {
        // given: the invoices list, read before anything is billed (it keeps its listing in memory)
        assertThat(((HtmlPage) browser.getPage(app.url("/invoices"))).getHtmlElementById("invoice-list")
                .asNormalizedText()).contains("No invoice yet");

        // when: the billing run opens on the coming month
        HtmlPage run = browser.getPage(app.url("/billing-run"));

        // then: the draft is there, blocked by the missing price, with the link to fix it
        assertThat(run.<HtmlForm>getHtmlElementById("preview-form").getInputByName("month").getValue())
                .isEqualTo("2027-01");
        String draft = run.getHtmlElementById("draft-" + contract).asNormalizedText();
        assertThat(draft).contains("Fabrikam Billing").contains("Teams Essentials has no unit price")
                .contains("recurring").contains("100.00 USD");
        assertThat(run.getHtmlElementById("draft-" + contract).getElementsByAttribute("input", "name", "contract"))
                .isEmpty();

        // and the morning report shows the coming run's preview with its warning
        assertThat(((HtmlPage) browser.getPage(app.url("/reports/morning"))).getHtmlElementById("section-billing-run")
                .asNormalizedText()).contains("Billing run of 2027-01 (preview): 1 draft")
                .contains("Teams Essentials has no unit price");

        // when: the price is entered where the warning points
        HtmlPage product = run.getAnchorByText("Enter the list price or cost").click();
        HtmlForm productForm = product.getForms().stream().filter(f -> f.getInputsByName("listPrice").size() == 1)
                .findFirst().orElseThrow();
        productForm.getInputByName("listPrice").setValue("15.00");
        HtmlPage saved = productForm.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);

        // then: the draft can be finalized
        run = browser.getPage(app.url("/billing-run?month=2027-01"));
        assertThat(run.getHtmlElementById("draft-" + contract).asNormalizedText()).doesNotContain("has no unit price");
        HtmlForm finalize = run.getHtmlElementById("finalize-form");
        ((HtmlCheckBoxInput) finalize.getInputByValue(String.valueOf(contract))).setChecked(true);
        HtmlPage finalized = finalize.getOneHtmlElementByAttribute("button", "type", "submit").click();

        // then
        assertThat(finalized.asNormalizedText()).contains("Finalized 1 invoice: INV-000001.");
        assertThat(finalized.getHtmlElementById("draft-" + contract).asNormalizedText())
                .contains("nothing left to bill");

        // the contract page tells its last invoice
        assertThat(((HtmlPage) browser.getPage(app.url("/contracts/" + contract))).asNormalizedText())
                .contains("Last invoice").contains("INV-000001 of 2026-12-20");

        // the invoice, printable, and its lines as CSV
        HtmlPage invoices = browser.getPage(app.url("/invoices"));
        HtmlPage invoice = invoices.getAnchorByText("INV-000001").click();
        assertThat(invoice.getHtmlElementById("invoice-number").asNormalizedText()).isEqualTo("INV-000001");
        assertThat(invoice.getHtmlElementById("invoice-lines").asNormalizedText())
                .contains("Microsoft 365 Business Basic").contains("Teams Essentials");
        String total = invoice.getHtmlElementById("invoice-total").asNormalizedText();
        assertThat(total).endsWith("USD");
        Page csv = browser.getPage(app.url(invoice.getAnchorByText("Lines as CSV").getHrefAttribute()));
        assertThat(csv.getWebResponse().getContentType()).isEqualTo("text/csv");
        String text = csv.getWebResponse().getContentAsString();
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("InvoiceNumber,InvoiceDate,Type,ContactName");
        assertThat(text).contains("INV-000001,2026-12-20,Invoice,Fabrikam Billing").contains(",100.0000,USD,");

        Page pdf = browser.getPage(app.url(invoice.getAnchorByText("PDF").getHrefAttribute()));
        assertThat(pdf.getWebResponse().getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getWebResponse().getContentAsStream()
                .readAllBytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Invoice INV-000001")
                    .contains("Fabrikam Billing").contains("Microsoft 365 Business Basic");
        }

        // sent to the customer's contact through the outbox and a real SMTP server, the PDF attached
        saveSmtp(SMTP.getSmtp().getPort());
        HtmlForm send = invoice.getHtmlElementById("send-form");
        HtmlPage sent = send.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(sent.asNormalizedText()).contains("Invoice queued for fiona@fabrikam.example with its PDF attached");
        OutboxRepository outbox = new OutboxRepository(app.application().context().database().dsl());
        long mailId = outbox.recent(null, 0, 1).get(0).id();
        assertThat(outbox.attachments(mailId)).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("INV-000001.pdf");
            assertThat(new String(file.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        });
        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).as("the invoice mail reached the SMTP server").isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("fiona@fabrikam.example");
        assertThat(mail.getSubject()).isEqualTo("Invoice INV-000001 from Contoso Cloud Partners");
        Part attached = attachment(mail);
        assertThat(attached.getFileName()).isEqualTo("INV-000001.pdf");
        assertThat(attached.getContentType()).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(attached.getInputStream().readAllBytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Invoice INV-000001")
                    .contains("Fabrikam Billing").contains("Contoso Cloud Partners");
        }

        // a second run of the same period has nothing left to bill
        HtmlPage again = browser.getPage(app.url("/billing-run?month=2027-01"));
        assertThat(again.getHtmlElementById("draft-" + contract).asNormalizedText()).contains("nothing left to bill");
        assertThat(again.getElementById("finalize-all-form")).isNull();

        // when: the invoice is voided without a reason
        HtmlForm voidForm = invoice.getHtmlElementById("void-form");
        voidForm.getInputByName("reason").setValue("   ");
        HtmlPage refused = voidForm.getOneHtmlElementByAttribute("button", "type", "submit").click();

        // then: nothing is voided, and the page says what is missing by the field
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getHtmlElementById("reason-error").asNormalizedText())
                .isEqualTo("Say why the invoice is voided: the credit note shows it.");
        assertThat(refused.asNormalizedText()).doesNotContain("CN-000002");

        // when: it is voided with a reason
        voidForm = refused.getHtmlElementById("void-form");
        voidForm.getInputByName("reason").setValue("Wrong customer: billed to Fabrikam's sister company");
        HtmlPage credit = voidForm.getOneHtmlElementByAttribute("button", "type", "submit").click();

        // then: the credit note says what it voids and why, on its page, in its PDF and in the audit log
        assertThat(credit.asNormalizedText()).contains("Voided by credit note CN-000002")
                .contains("Credit note CN-000002").contains("Voids invoice INV-000001");
        assertThat(credit.getHtmlElementById("void-reason").asNormalizedText())
                .isEqualTo("Reason: Wrong customer: billed to Fabrikam's sister company");
        assertThat(credit.getHtmlElementById("invoice-total").asNormalizedText()).startsWith("-");
        Page creditPdf = browser.getPage(app.url(credit.getAnchorByText("PDF").getHrefAttribute()));
        try (var document = org.apache.pdfbox.Loader.loadPDF(creditPdf.getWebResponse().getContentAsStream()
                .readAllBytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Credit note CN-000002").contains("Voids invoice INV-000001")
                    .contains("Reason: Wrong customer: billed to Fabrikam's sister company");
        }
        // the list shows the credit note above the invoice it voids at once
        assertThat(((HtmlPage) browser.getPage(app.url("/invoices"))).getHtmlElementById("invoice-list")
                .asNormalizedText()).containsSubsequence("CN-000002", "credit note", "INV-000001", "voided");
        HtmlPage voided = browser.getPage(app.url("/invoices/" + invoiceId(invoice)));
        assertThat(voided.asNormalizedText()).contains("voided by credit note CN-000002")
                .contains("Reason: Wrong customer: billed to Fabrikam's sister company");
        assertThat(voided.getElementById("void-form")).isNull();
        assertThat(((HtmlPage) browser.getPage(app.url("/audit"))).asNormalizedText())
                .contains("Finalized invoice INV-000001")
                .contains("Voided invoice INV-000001 by credit note CN-000002: Wrong customer: billed to Fabrikam's "
                        + "sister company");
    }

    private void saveSmtp(int port) throws Exception {
        HtmlPage settings = browser.getPage(app.url("/settings"));
        HtmlForm form = settings.getForms().stream().filter(f -> f.getInputsByName("smtpHost").size() == 1)
                .findFirst().orElseThrow();
        form.getInputByName("companyName").setValue("Contoso Cloud Partners");
        form.getInputByName("smtpHost").setValue("127.0.0.1");
        form.getInputByName("smtpPort").setValue(String.valueOf(port));
        form.getInputByName("smtpFrom").setValue("seatkeeper@reseller.example");
        HtmlPage saved = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(saved.asNormalizedText()).contains("Settings saved.");
    }

    /** The one part of the mail that is a file. */
    private static Part attachment(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        Part found = null;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(found).as("one attachment").isNull();
                found = part;
            }
        }
        assertThat(found).as("an attachment").isNotNull();
        return found;
    }

    private static String invoiceId(HtmlPage invoice) {
        String path = invoice.getUrl().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

}
