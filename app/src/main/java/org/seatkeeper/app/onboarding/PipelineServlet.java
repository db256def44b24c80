package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.onboarding.InvitationRepository;
import org.seatkeeper.db.onboarding.OnboardingRepository;

/** GET /onboarding: where each customer stands, and the invitations waiting too long for an answer. */
final class PipelineServlet extends PageServlet {

    static final int LIMIT = 500;

    private final OnboardingRepository onboardings;
    private final InvitationRepository invitations;
    private final Clock clock;

    PipelineServlet(PageSupport pages, OnboardingRepository onboardings, InvitationRepository invitations, Clock clock) {
        super(pages);
        this.onboardings = onboardings;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = user(request);
        int days = onboardings.followUpDays();
        List<PipelineRow> rows = onboardings.pipeline(LIMIT).stream()
                .map(o -> new PipelineRow(o.customerName(), o.providerName() == null ? "" : o.providerName(),
                        Display.path(o.path()), Display.stage(o.stage()), Display.stageKind(o.stage()), Display.date(o.updatedAt()),
                        Flows.flowHref(o.id())))
                .toList();
        List<InvitationRow> followUp = invitations.dueForFollowUp(clock.instant().minus(Duration.ofDays(days))).stream()
                .map(Display::invitation).toList();
        render(request, response, "onboarding/pipeline.ftlh", Map.of("page", Map.of("rows", rows, "followUp", followUp,
                "days", days, "canWrite", user.canWrite(), "isAdmin", user.isAdmin()),
                "form", FormModel.empty().with("days", days)));
    }
}
