package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.onboarding.OnboardingRepository;

/** POST /onboarding/follow-up (administrators): after how many days an unanswered invitation is listed. */
final class FollowUpDaysServlet extends PageServlet {

    private final OnboardingRepository onboardings;
    private final AuditLog audit;
    private final Transactions transactions;

    FollowUpDaysServlet(PageSupport pages, OnboardingRepository onboardings, AuditLog audit, Transactions transactions) {
        super(pages);
        this.onboardings = onboardings;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        int days;
        try {
            days = Integer.parseInt(request.getParameter("days").trim());
        } catch (NumberFormatException | NullPointerException e) {
            days = 0;
        }
        if (days < 1 || days > 365) {
            redirect(request, response, "/onboarding", Flash.error("The follow-up delay is a number of days from 1 to 365."));
            return;
        }
        int value = days;
        transactions.run(() -> {
            int before = onboardings.followUpDays();
            onboardings.setFollowUpDays(value);
            audit.record(user.username(), AuditAction.UPDATE, AuditEntity.ONBOARDING_SETTINGS, 1, "Invitations are followed up after "
                    + value + " days", AuditState.of("followUpDays", before),
                    AuditState.of("followUpDays", value));
        });
        redirect(request, response, "/onboarding", Flash.success("Unanswered invitations are now listed after " + days + " days."));
    }
}
