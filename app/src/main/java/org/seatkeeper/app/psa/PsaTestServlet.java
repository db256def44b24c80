package org.seatkeeper.app.psa;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.providers.connector.ConnectionCheck;

/** POST /settings/psa/test: calls ConnectWise with the saved connection and says plainly what worked or failed. */
final class PsaTestServlet extends PageServlet {

    private final PsaClients clients;

    PsaTestServlet(PageSupport pages, PsaClients clients) {
        super(pages);
        this.clients = clients;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        ConnectionCheck check = clients.test();
        redirect(request, response, PsaSettingsServlet.PATH, check.ok() ? Flash.success("Connection works. " + check.message())
                : Flash.error("Connection failed. " + check.message()));
    }
}
