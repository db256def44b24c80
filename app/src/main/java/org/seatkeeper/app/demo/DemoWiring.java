package org.seatkeeper.app.demo;

import org.seatkeeper.app.context.AppContext;

/** Demo mode's own page: the mail its local SMTP server received, for administrators. */
public final class DemoWiring {

    private DemoWiring() {
    }

    /** Registers the page (before every page opens); the mail server itself starts with the demo. */
    public static DemoMail register(AppContext app) {
        DemoMail mail = new DemoMail();
        app.web().route("/demo/mail", new SentMailServlet(app.pages(), mail))
                .route("/demo/mail/html", new SentMailHtmlServlet(app.pages(), mail))
                .route("/demo/mail/attachment", new SentMailAttachmentServlet(app.pages(), mail));
        app.navigation().addAdmin("demo-mail", "Sent mail (demo)", "/demo/mail");
        return mail;
    }
}
