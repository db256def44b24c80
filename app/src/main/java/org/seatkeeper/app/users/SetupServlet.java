package org.seatkeeper.app.users;

import static org.seatkeeper.db.jooq.Tables.APP_USER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.app.web.WebSession;

/** First start: creates the first administrator. Closed for good once any user exists. */
final class SetupServlet extends PageServlet {

    private final UserService users;

    public SetupServlet(PageSupport pages, UserService users) {
        super(pages);
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (users.isSetupDone()) {
            response.sendRedirect("/login");
            return;
        }
        render(request, response, "users/setup.ftlh", Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (users.isSetupDone()) {
            redirect(request, response, "/login", Flash.warning("Seatkeeper is already set up: sign in."));
            return;
        }
        FormModel form = FormModel.of(request);
        UserFormRules.checkUsername(form);
        if (form.value("displayName").isEmpty()) {
            form.error("displayName", "Enter your name.");
        }
        FieldLimits.atMost(form, "displayName", APP_USER.DISPLAY_NAME);
        String password = request.getParameter("password");
        PasswordPolicy.problemWith(password, form.value("username"), form.value("displayName"))
                .ifPresent(problem -> form.error("password", problem));
        if (password != null && !password.equals(request.getParameter("confirmPassword"))) {
            form.error("confirmPassword", "The two passwords are not the same.");
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, "users/setup.ftlh", Map.of("form", form));
            return;
        }
        SessionUser admin;
        try {
            admin = users.setUpFirstAdmin(form.value("username"), form.value("displayName"), password);
        } catch (UserService.SetupAlreadyDoneException e) {
            redirect(request, response, "/login", Flash.warning(e.getMessage()));
            return;
        }
        WebSession.signIn(request, admin);
        redirect(request, response, "/", Flash.success("Welcome, " + admin.displayName()
                + ". Next: add your company details in Settings, then your providers."));
    }
}
