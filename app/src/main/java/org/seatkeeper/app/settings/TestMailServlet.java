package org.seatkeeper.app.settings;

import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.MailAddresses;

/** "Send test mail": sends at once and says plainly whether the mail server took it. */
final class TestMailServlet extends PageServlet {

    private final OutboxDispatcher dispatcher;

    public TestMailServlet(PageSupport pages, OutboxDispatcher dispatcher) {
        super(pages);
        this.dispatcher = dispatcher;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        String recipient = request.getParameter("recipient") == null ? "" : request.getParameter("recipient").trim();
        if (!MailAddresses.isValid(recipient)) {
            redirect(request, response, "/settings", Flash.error("Enter the address to send the test mail to."));
            return;
        }
        try {
            dispatcher.sendNow(recipient, "Seatkeeper test mail", "This is a test mail from Seatkeeper. Your mail settings work.");
            redirect(request, response, "/settings", Flash.success("Test mail sent to " + recipient + "."));
        } catch (MessagingException e) {
            redirect(request, response, "/settings", Flash.error("The test mail could not be sent: " + e.getMessage()));
        }
    }
}
