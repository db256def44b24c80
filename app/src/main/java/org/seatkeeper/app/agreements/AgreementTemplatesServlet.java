package org.seatkeeper.app.agreements;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.agreements.AgreementTemplate;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;

/** GET /agreements: every template, built-in first, retired last. */
final class AgreementTemplatesServlet extends PageServlet {

    private final AgreementTemplateRepository templates;

    public AgreementTemplatesServlet(PageSupport pages, AgreementTemplateRepository templates) {
        super(pages);
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean canWrite = user(request).canWrite();
        List<AgreementTemplateRow> rows = templates.list().stream().map(AgreementTemplatesServlet::toRow).toList();
        render(request, response, "agreements/list.ftlh", Map.of("page", Map.of("templates", rows, "canWrite", canWrite)));
    }

    private static AgreementTemplateRow toRow(AgreementTemplate t) {
        String status = t.builtIn() ? "built in" : t.retired() ? "retired" : "active";
        String kind = t.builtIn() ? "info" : t.retired() ? "muted" : "ok";
        return new AgreementTemplateRow(t.id(), t.name(), AgreementTypes.label(t.details().agreementType()),
                t.details().link() == null ? "" : t.details().link(), t.details().bodyText() != null, status, kind,
                t.builtIn(), t.retired(), t.version());
    }
}
