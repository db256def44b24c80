package org.seatkeeper.app.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;

/** "Back up now" (Settings, administrators): an online backup while everyone keeps working; the key stays out. */
final class BackupNowServlet extends PageServlet {

    private final Backups backups;

    BackupNowServlet(PageSupport pages, Backups backups) {
        super(pages);
        this.backups = backups;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        try {
            Path written = backups.create(BackupKind.MANUAL, null, false, user.username());
            redirect(request, response, "/settings/backups", Flash.success("Backup written to " + written
                    + ". The secret key is not in it: keep a copy of secret.key apart from your backups."));
        } catch (BackupException e) {
            redirect(request, response, "/settings/backups", Flash.error(e.getMessage()));
        }
    }
}
