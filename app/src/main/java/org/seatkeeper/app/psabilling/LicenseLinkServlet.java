package org.seatkeeper.app.psabilling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.QuantitySource;
import org.seatkeeper.providers.connectwise.CwAddition;

/**
 * GET/POST /customers/{id}/licenses/{licenseId}/links/new and .../links/{linkId}: link a tenant license to a billing
 * profile and an agreement. "Preview" shows the agreement addition exactly as it will be written; "Save" saves what
 * was previewed (a changed form is previewed again first).
 */
final class LicenseLinkServlet extends PageServlet {

    private static final String TEMPLATE = "psa/license-link.ftlh";

    private final LicenseLinks links;
    private final java.time.Clock clock;

    LicenseLinkServlet(PageSupport pages, LicenseLinks links, java.time.Clock clock) {
        super(pages);
        this.links = links;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        LinkContext ctx = context(request);
        Long linkId = linkId(request);
        FormModel form = linkId == null ? defaults(ctx) : LicenseLinkForm.of(existing(ctx, linkId));
        render(request, response, TEMPLATE, model(request, ctx, form, null, ""));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        LinkContext ctx = context(request);
        Long linkId = linkId(request);
        if (linkId != null) {
            existing(ctx, linkId);
        }
        FormModel form = FormModel.of(request);
        if (ctx.psaCompanyId() == null) {
            form.error("psaAgreementId", "Link the customer to its ConnectWise company first (its ConnectWise tab).");
            renderInvalid(request, response, TEMPLATE, model(request, ctx, form, null, ""));
            return;
        }
        LicenseLinkDetails details = LicenseLinkForm.parse(form);
        LicenseLinks.Checked checked = details == null ? null : links.check(ctx, linkId, details, form);
        if (checked == null) {
            renderInvalid(request, response, TEMPLATE, model(request, ctx, form, null, ""));
            return;
        }
        boolean saving = "save".equals(form.value("intent"));
        if (!saving || !fingerprint(checked.addition()).equals(form.value("previewed"))) {
            String notice = saving ? "The addition changed since its preview (the form or the tenant's counts): check it"
                    + " again below, then save." : "";
            render(request, response, TEMPLATE, model(request, ctx, form, checked.addition(), notice));
            return;
        }
        Long saved = links.save(user.username(), ctx, linkId, details, checked, form);
        if (saved == null) {
            renderInvalid(request, response, TEMPLATE, model(request, ctx, form, checked.addition(), ""));
            return;
        }
        redirect(request, response, back(ctx), Flash.success(ctx.licenseName() + " is billed through "
                + checked.profile().name() + " on " + checked.agreement().name() + ". The PSA sync writes its addition."));
    }

    private FormModel defaults(LinkContext ctx) {
        FormModel form = FormModel.empty().with("version", 0)
                .with("billingStartDate", LocalDate.now(clock).withDayOfMonth(1))
                .with("minimumQuantity", 0).with("quantitySource", QuantitySource.SUBSCRIPTION.name());
        ctx.profiles().stream().filter(p -> ctx.links().stream().noneMatch(l -> l.details().billingProfileId() == p.id()))
                .findFirst().ifPresent(p -> {
                    form.with("billingProfileId", p.id());
                    ctx.agreements().stream().filter(a -> p.details().agreementTypeIds().contains(a.typeId())).findFirst()
                            .ifPresent(a -> form.with("psaAgreementId", a.id()));
                });
        return form;
    }

    private Map<String, Object> model(HttpServletRequest request, LinkContext ctx, FormModel form, CwAddition addition,
                                      String notice) {
        var l = ctx.license();
        List<LicenseLinkPage.Option> profiles = ctx.profiles().stream().map(p -> new LicenseLinkPage.Option(
                Long.toString(p.id()), p.name() + " · " + p.details().unitPrice().toPlainString() + " " + p.details().currency()))
                .toList();
        List<LicenseLinkPage.Option> agreements = ctx.agreements().stream().map(a -> new LicenseLinkPage.Option(
                Long.toString(a.id()), a.name() + " · " + a.typeName() + (a.prorate() ? " · prorates" : " · does not prorate")))
                .toList();
        List<LicenseLinkPage.Option> sources = List.of(
                new LicenseLinkPage.Option(QuantitySource.SUBSCRIPTION.name(), "Seatkeeper's subscription quantity (billing owns it)"),
                new LicenseLinkPage.Option(QuantitySource.PURCHASED.name(), "The tenant's purchased count"));
        LicenseLinkPage page = new LicenseLinkPage(ctx.customer().id(), ctx.customer().name(), ctx.licenseName(),
                l.purchased() + " purchased · " + l.assigned() + " assigned · " + l.unassigned() + " unassigned",
                request.getRequestURI(), back(ctx), ctx.psaCompanyId() == null, profiles, agreements, sources,
                addition == null ? List.of() : fields(addition, ctx), addition == null ? "" : fingerprint(addition), notice,
                linkId(request) == null ? "" : request.getRequestURI() + "/remove");
        return Map.of("page", page, "form", form);
    }

    private static List<LicenseLinkPage.Field> fields(CwAddition a, LinkContext ctx) {
        String agreement = ctx.agreements().stream().filter(x -> x.id() == a.agreementId()).map(PsaAgreement::name)
                .findFirst().orElse("");
        List<LicenseLinkPage.Field> fields = new ArrayList<>();
        fields.add(new LicenseLinkPage.Field("Agreement", agreement + " (#" + a.agreementId() + ")", false));
        fields.add(new LicenseLinkPage.Field("Product", a.product().identifier() + " (#" + a.product().id() + ")", false));
        fields.add(new LicenseLinkPage.Field("Bill customer", a.billCustomer(), false));
        fields.add(new LicenseLinkPage.Field("Quantity", a.quantity().toPlainString(), false));
        fields.add(new LicenseLinkPage.Field("Less included", a.lessIncluded().toPlainString(), false));
        fields.add(new LicenseLinkPage.Field("Unit price", a.unitPrice().stripTrailingZeros().toPlainString(), false));
        fields.add(new LicenseLinkPage.Field("Unit cost", a.unitCost().stripTrailingZeros().toPlainString(), false));
        fields.add(new LicenseLinkPage.Field("Effective date", a.effectiveDate(), false));
        fields.add(new LicenseLinkPage.Field("Invoice description", a.invoiceDescription(), true));
        fields.add(new LicenseLinkPage.Field("Description", a.description(), false));
        return fields;
    }

    /** Names the addition's content: a save is refused unless the person previewed exactly this. */
    static String fingerprint(CwAddition a) {
        return Integer.toHexString(a.hashCode());
    }

    private LinkContext context(HttpServletRequest request) {
        return links.context(idFromPath(request, 4), idFromPath(request, 2));
    }

    private static Long linkId(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/new") ? null : idFromPath(request, 0);
    }

    private static LicenseLink existing(LinkContext ctx, long linkId) {
        return ctx.links().stream().filter(l -> l.id() == linkId).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("That license link"));
    }

    private static String back(LinkContext ctx) {
        return "/customers/" + ctx.customer().id() + "/licenses";
    }
}
