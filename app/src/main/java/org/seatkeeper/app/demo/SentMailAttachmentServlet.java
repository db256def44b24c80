package org.seatkeeper.app.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/** GET /demo/mail/attachment?mail=n&file=k (administrators): one attachment of a mail the demo's server received. */
final class SentMailAttachmentServlet extends PageServlet {

    private final DemoMail mail;

    SentMailAttachmentServlet(PageSupport pages, DemoMail mail) {
        super(pages);
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        DemoMail.AttachmentFile file = mail.attachment(number(request, "mail"), number(request, "file"))
                .orElseThrow(() -> HttpProblem.notFound("That attachment"));
        String name = file.fileName() == null ? "attachment" : file.fileName().replaceAll("[\"\\\\\\r\\n]", "_");
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private static int number(HttpServletRequest request, String name) {
        try {
            return Integer.parseInt(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw HttpProblem.notFound("That attachment");
        }
    }
}
