package org.seatkeeper.app.agreements;

import static org.seatkeeper.db.jooq.Tables.AGREEMENT_TEMPLATE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.agreements.AgreementTemplate;
import org.seatkeeper.db.agreements.AgreementTemplateDetails;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;

/** /agreements/new adds a template; /agreements/{id} edits one (name, type, link or text). */
final class AgreementTemplateFormServlet extends PageServlet {

    private static final String TEMPLATE = "agreements/form.ftlh";

    private final AgreementTemplateRepository templates;
    private final AgreementTemplateChanges changes;

    public AgreementTemplateFormServlet(PageSupport pages, AgreementTemplateRepository templates,
                                        AgreementTemplateChanges changes) {
        super(pages);
        this.templates = templates;
        this.changes = changes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        if (isNew(request)) {
            render(request, response, TEMPLATE, model(null, FormModel.empty().with("agreementType", "ResellerAgreement")));
            return;
        }
        AgreementTemplate template = load(request);
        FormModel form = FormModel.empty().with("name", template.name())
                .with("agreementType", template.details().agreementType())
                .with("link", template.details().link()).with("bodyText", template.details().bodyText())
                .with("version", template.version());
        render(request, response, TEMPLATE, model(template, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        AgreementTemplate existing = isNew(request) ? null : load(request);
        FormModel form = FormModel.of(request);
        if (existing != null && existing.builtIn()) {
            form.with("agreementType", existing.details().agreementType());
        }
        AgreementTemplateDetails details = parse(form, existing);
        if (details == null) {
            renderInvalid(request, response, TEMPLATE, model(existing, form));
            return;
        }
        try {
            if (existing == null) {
                changes.add(user.username(), details);
            } else {
                changes.edit(user.username(), existing.id(), details, form.version());
            }
            redirect(request, response, "/agreements", Flash.success("Agreement template \"" + details.name() + "\" saved."));
        } catch (AgreementTemplateChanges.RefusedException e) {
            form.error("name", e.getMessage());
            renderInvalid(request, response, TEMPLATE, model(existing, form));
        }
    }

    private static AgreementTemplateDetails parse(FormModel form, AgreementTemplate existing) {
        if (form.value("name").isEmpty()) {
            form.error("name", "Enter the template's name, e.g. \"Managed services terms\".");
        }
        boolean builtIn = existing != null && existing.builtIn();
        if (!builtIn && !AgreementTypes.selectable(form.value("agreementType"))) {
            form.error("agreementType", "Choose the kind of agreement.");
        }
        String link = form.value("link");
        if (!link.isEmpty() && !link.matches("https?://\\S+")) {
            form.error("link", "Enter a web address starting with https://, or leave it empty and paste the text.");
        }
        if (link.isEmpty() && form.value("bodyText").isEmpty()) {
            form.error("link", "Enter a link to the agreement or its text below.");
        }
        // agreement_template's widths (the type comes from a fixed list, the text is a LONGVARCHAR)
        FieldLimits.atMost(form, "name", AGREEMENT_TEMPLATE.NAME);
        FieldLimits.atMost(form, "link", AGREEMENT_TEMPLATE.LINK);
        if (form.hasErrors()) {
            return null;
        }
        return new AgreementTemplateDetails(form.value("name"), form.value("agreementType"), link, form.value("bodyText"));
    }


    private static boolean isNew(HttpServletRequest request) {
        return request.getRequestURI().equals("/agreements/new");
    }

    private AgreementTemplate load(HttpServletRequest request) {
        return templates.find(idFromPath(request, 0)).orElseThrow(() -> HttpProblem.notFound("That agreement template"));
    }

    private static Map<String, Object> model(AgreementTemplate template, FormModel form) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", template == null ? "Add an agreement template" : "Edit " + template.name());
        page.put("action", template == null ? "/agreements/new" : "/agreements/" + template.id());
        page.put("builtIn", template != null && template.builtIn());
        page.put("typeLabel", template == null ? "" : AgreementTypes.label(template.details().agreementType()));
        page.put("types", AgreementTypes.options());
        return Map.of("page", page, "form", form);
    }
}
