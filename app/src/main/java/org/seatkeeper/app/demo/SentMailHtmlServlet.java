package org.seatkeeper.app.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/**
 * GET /demo/mail/html?mail=n (administrators): a received mail's HTML as a mail program shows it, in a sandbox (no
 * script, nothing loaded from anywhere, its own inline styles allowed).
 */
final class SentMailHtmlServlet extends PageServlet {

    private final DemoMail mail;

    SentMailHtmlServlet(PageSupport pages, DemoMail mail) {
        super(pages);
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        int index;
        try {
            index = Integer.parseInt(request.getParameter("mail"));
        } catch (NumberFormatException e) {
            throw HttpProblem.notFound("That mail");
        }
        String html = mail.received().stream().filter(m -> m.index() == index && !m.html().isEmpty()).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("That mail")).html();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
