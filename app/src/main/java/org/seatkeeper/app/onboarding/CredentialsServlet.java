package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.onboarding.Onboarding;

/**
 * /onboarding/credentials/{id}: GET shows the new tenant's admin credentials once; POST (administrators) reveals them
 * again. The page is never cached (PageSupport sends no-store), and the reveal renders instead of redirecting so the
 * password is never parked in the session.
 */
final class CredentialsServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/credentials.ftlh";

    private final Flows flows;
    private final TenantCredentials credentials;

    CredentialsServlet(PageSupport pages, Flows flows, TenantCredentials credentials) {
        super(pages);
        this.flows = flows;
        this.credentials = credentials;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Onboarding onboarding = flows.load(request);
        Optional<TenantCredentials.Credentials> once = credentials.showOnce(user.username(), onboarding);
        render(request, response, TEMPLATE, model(onboarding, once.orElse(null), user, false));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        Onboarding onboarding = flows.load(request);
        if (!onboarding.hasAdminPassword()) {
            render(request, response, TEMPLATE, model(onboarding, null, user, false));
            return;
        }
        render(request, response, TEMPLATE, model(onboarding, credentials.reveal(user.username(), onboarding), user, true));
    }

    private static Map<String, Object> model(Onboarding onboarding, TenantCredentials.Credentials shown,
                                             SessionUser user, boolean revealed) {
        Map<String, Object> page = new HashMap<>();
        page.put("customerName", onboarding.customerName());
        page.put("tenantDomain", onboarding.tenantDomain() == null ? "" : onboarding.tenantDomain());
        page.put("stored", onboarding.hasAdminPassword());
        page.put("shown", shown != null);
        page.put("revealed", revealed);
        page.put("userName", shown == null ? "" : shown.userName());
        page.put("password", shown == null ? "" : shown.password());
        page.put("canReveal", user.isAdmin() && onboarding.hasAdminPassword());
        page.put("action", "/onboarding/credentials/" + onboarding.id());
        page.put("flowHref", Flows.flowHref(onboarding.id()));
        page.put("contractHref", "/onboarding/contract/" + onboarding.id());
        return Map.of("page", page);
    }
}
