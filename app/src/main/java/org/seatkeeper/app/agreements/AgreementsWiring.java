package org.seatkeeper.app.agreements;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;

/** Agreement templates (Provider management): list, add, edit, retire. The MCA is built in. */
public final class AgreementsWiring {

    private AgreementsWiring() {
    }

    public static void register(AppContext app) {
        AgreementTemplateRepository templates = new AgreementTemplateRepository(app.database().dsl());
        AgreementTemplateChanges changes = new AgreementTemplateChanges(templates, app.audit(),
                app.database().transactions(), app.clock());
        app.web().route("/agreements", new AgreementTemplatesServlet(app.pages(), templates))
                .route("/agreements/*", new AgreementTemplateFormServlet(app.pages(), templates, changes))
                .route("/agreements/retire/*", new AgreementTemplateRetireServlet(app.pages(), changes));
        app.navigation().add("agreements", "Agreements", "/agreements");
    }
}
