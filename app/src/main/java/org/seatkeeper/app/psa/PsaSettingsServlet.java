package org.seatkeeper.app.psa;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.jobs.JobRow;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psa.PsaDataRepository;

/** GET/POST /settings/psa (administrators): the ConnectWise connection, and what the PSA data refresh stored. */
final class PsaSettingsServlet extends PageServlet {

    static final String PATH = "/settings/psa";
    private static final String TEMPLATE = "psa/settings.ftlh";

    private final PsaConnectionRepository connections;
    private final PsaDataRepository data;
    private final PsaConnectionService service;
    private final JobHistory history;

    PsaSettingsServlet(PageSupport pages, PsaConnectionRepository connections, PsaDataRepository data,
                       PsaConnectionService service, JobHistory history) {
        super(pages);
        this.connections = connections;
        this.data = data;
        this.service = service;
        this.history = history;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        FormModel form = connections.find().map(PsaSettingsForm::of).orElseGet(PsaSettingsForm::empty);
        render(request, response, TEMPLATE, Map.of("form", form, "page", page()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        FormModel form = FormModel.of(request);
        boolean keysStored = connections.keysCiphertext().isPresent();
        PsaSettingsForm.Parsed parsed = PsaSettingsForm.parse(form, keysStored);
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, Map.of("form", form, "page", page()));
            return;
        }
        service.save(user.username(), parsed.details(), parsed.keys(), form.version());
        redirect(request, response, PATH, Flash.success("PSA connection saved. Use Test connection to check it."));
    }

    private PsaSettingsPage page() {
        boolean connected = connections.find().isPresent();
        var runs = history.recent(PsaRefreshJobConfiguration.JOB_NAME, null, 1);
        JobRow last = runs.isEmpty() ? null : JobRow.of(runs.get(0));
        return new PsaSettingsPage(connected, PsaSettingsPage.keysHelp(connections.keysCiphertext().isPresent()),
                data.summaries().stream().map(PsaSettingsPage.DataRow::of).toList(), last, last != null && last.running());
    }
}
