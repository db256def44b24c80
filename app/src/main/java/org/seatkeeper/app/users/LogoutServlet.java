package org.seatkeeper.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.WebSession;

final class LogoutServlet extends PageServlet {

    public LogoutServlet(PageSupport pages) {
        super(pages);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebSession.signOut(request);
        redirect(request, response, "/login", Flash.success("You are signed out."));
    }
}
