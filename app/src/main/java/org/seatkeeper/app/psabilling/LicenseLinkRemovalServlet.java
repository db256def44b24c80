package org.seatkeeper.app.psabilling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;

/**
 * GET/POST /customers/{id}/licenses/{licenseId}/links/{linkId}/remove: "Remove" on a license link asks first, saying
 * which ConnectWise addition the next PSA sync cancels; confirmed, the link goes (audited) and the customer's PSA sync
 * page shows that cancel among the next run's writes.
 */
final class LicenseLinkRemovalServlet extends PageServlet {

    private static final String TEMPLATE = "psa/license-link-remove.ftlh";

    private final LicenseLinks links;
    private final LinkAdditionRepository additions;

    LicenseLinkRemovalServlet(PageSupport pages, LicenseLinks links, LinkAdditionRepository additions) {
        super(pages);
        this.links = links;
        this.additions = additions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        LinkContext ctx = context(request);
        LicenseLink link = link(request, ctx);
        render(request, response, TEMPLATE, model(request, ctx, link,
                FormModel.empty().with("version", link.version())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        LinkContext ctx = context(request);
        LicenseLink link = link(request, ctx);
        FormModel form = FormModel.of(request);
        if (!links.remove(user.username(), ctx, link, links.describe(ctx, link), form)) {
            renderInvalid(request, response, TEMPLATE, model(request, ctx, link, form));
            return;
        }
        redirect(request, response, "/customers/" + ctx.customer().id() + "/licenses/psa-sync", Flash.success(
                "The link of " + ctx.licenseName() + " is removed. The next PSA sync cancels its ConnectWise addition:"
                        + " below, the write it makes; \"Sync now\" makes it now."));
    }

    private Map<String, Object> model(HttpServletRequest request, LinkContext ctx, LicenseLink link, FormModel form) {
        String back = "/customers/" + ctx.customer().id() + "/licenses/" + ctx.license().id() + "/links/" + link.id();
        return Map.of("page", new LicenseLinkRemovalPage(ctx.customer().id(), ctx.customer().name(), ctx.licenseName(),
                links.describe(ctx, link), consequence(link.id()), request.getRequestURI(), back), "form", form);
    }

    /** What the next sync does in ConnectWise, from its record of the link's addition (no read of ConnectWise). */
    private String consequence(long linkId) {
        LinkAdditionState state = additions.find(linkId).orElse(null);
        if (state == null || state.additionId() == null) {
            return "No PSA sync has written an addition for this link yet: the next sync only cancels one it finds"
                    + " with this link's marker in ConnectWise.";
        }
        return "The next PSA sync (tonight, or \"Sync now\") cancels addition #" + state.additionId()
                + (state.psaQuantity() == null ? "" : " (quantity " + state.psaQuantity() + ")")
                + " in ConnectWise, dated the day before it runs; ConnectWise bills it until then.";
    }

    private LinkContext context(HttpServletRequest request) {
        return links.context(idFromPath(request, 5), idFromPath(request, 3));
    }

    private static LicenseLink link(HttpServletRequest request, LinkContext ctx) {
        long linkId = idFromPath(request, 1);
        return ctx.links().stream().filter(l -> l.id() == linkId).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("That license link"));
    }
}
