package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.onboarding.Invitation;
import org.seatkeeper.db.onboarding.InvitationRepository;

/** POST /onboarding/resend/{invitationId}: mails a sent, unanswered invitation again. */
final class InvitationResendServlet extends PageServlet {

    private final InvitationRepository repository;
    private final Invitations invitations;

    InvitationResendServlet(PageSupport pages, InvitationRepository repository, Invitations invitations) {
        super(pages);
        this.repository = repository;
        this.invitations = invitations;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Invitation invitation = repository.find(idFromPath(request, 0))
                .orElseThrow(() -> HttpProblem.notFound("That invitation"));
        String back = "flow".equals(request.getParameter("back")) ? Flows.flowHref(invitation.onboardingId()) : "/onboarding";
        if (invitation.accepted()) {
            redirect(request, response, back, Flash.warning(invitation.customerName() + " already accepted the invitation."));
            return;
        }
        boolean sent = invitations.resend(user.username(), invitation);
        redirect(request, response, back, sent
                ? Flash.success("Invitation mailed again to " + invitation.recipient() + ".")
                : Flash.warning("Invitation queued again for " + invitation.recipient() + ", but not sent yet: check the Outbox."));
    }
}
