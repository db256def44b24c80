package org.seatkeeper.app.psasync;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.psa.PsaNotConnectedException;
import org.seatkeeper.providers.http.ProviderException;

/**
 * POST /customers/{id}/licenses/psa-sync/links/{linkId}/{action}: "Sync now" for one link, take over after a hand
 * edit (accept ConnectWise's value, or write Seatkeeper's once confirmed), cut over from a hand-made addition (mark it
 * as the link's, or cancel it). Each goes back to the customer's PSA sync page with what happened. (Removing a link
 * asks first, on the link's own page: psabilling.)
 */
final class LinkActionServlet extends PageServlet {

    /** The last segment of each action's path (one route each, so every one is found and fuzzed on its own). */
    static final java.util.List<String> ACTIONS = java.util.List.of("sync", "accept", "overwrite", "adopt",
            "cancel-hand-made");

    private final PsaSyncs syncs;
    private final LinkTakeOvers takeOvers;

    LinkActionServlet(PageSupport pages, PsaSyncs syncs, LinkTakeOvers takeOvers) {
        super(pages);
        this.syncs = syncs;
        this.takeOvers = takeOvers;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        String[] parts = request.getRequestURI().split("/");
        String action = parts[parts.length - 1];
        long linkId = idFromPath(request, 1);
        long customerId = idFromPath(request, 5);
        String back = "/customers/" + customerId + "/licenses/psa-sync";
        try {
            String said = switch (action) {
                case "sync" -> "Syncing this link to ConnectWise (run #" + syncs.syncLink(linkId, user.username()).executionId() + ").";
                case "accept" -> takeOvers.acceptPsa(user.username(), customerId, linkId);
                case "overwrite" -> takeOvers.writeSeatkeepers(user.username(), customerId, linkId,
                        "yes".equals(request.getParameter("confirm")));
                case "adopt" -> takeOvers.markAsLinks(user.username(), customerId, linkId, additionId(request));
                case "cancel-hand-made" -> takeOvers.cancelHandMade(user.username(), customerId, linkId, additionId(request),
                        lastDay(request));
                default -> throw HttpProblem.notFound("That page");
            };
            redirect(request, response, back, Flash.success(said));
        } catch (ActionRefused | JobRefusedException e) {
            redirect(request, response, back, Flash.error(e.getMessage()));
        } catch (ProviderException | PsaNotConnectedException e) {
            redirect(request, response, back, Flash.error("ConnectWise could not be reached: " + e.getMessage()
                    + " Nothing was changed; try again."));
        }
    }

    private static long additionId(HttpServletRequest request) {
        try {
            return Long.parseLong(String.valueOf(request.getParameter("additionId")).strip());
        } catch (NumberFormatException e) {
            throw new ActionRefused("Choose one of the hand-made additions listed.");
        }
    }

    private static LocalDate lastDay(HttpServletRequest request) {
        try {
            LocalDate day = LocalDate.parse(String.valueOf(request.getParameter("lastDay")).strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                throw new ActionRefused("Enter the last invoiced day as YYYY-MM-DD, between 2000 and 2100.");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new ActionRefused("Enter the last invoiced day as YYYY-MM-DD.");
        }
    }
}
