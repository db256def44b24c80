package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/** GET /onboarding/flow/{id}: where this customer's onboarding stands and the link to its next step (resume point). */
final class OnboardingFlowServlet extends PageServlet {

    private final Flows flows;
    private final FlowPages flowPages;

    OnboardingFlowServlet(PageSupport pages, Flows flows, FlowPages flowPages) {
        super(pages);
        this.flows = flows;
        this.flowPages = flowPages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean canWrite = user(request).canWrite();
        render(request, response, "onboarding/flow.ftlh",
                Map.of("page", flowPages.model(flows.load(request), canWrite)));
    }
}
