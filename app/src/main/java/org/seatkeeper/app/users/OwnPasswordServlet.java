package org.seatkeeper.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;

/** /account/password: anyone signed in changes their own password, after typing the current one. */
final class OwnPasswordServlet extends PageServlet {

    static final String PATH = "/account/password";
    private static final String TEMPLATE = "users/password.ftlh";

    private final UserService users;

    OwnPasswordServlet(PageSupport pages, UserService users) {
        super(pages);
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        render(request, response, TEMPLATE, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser me = user(request);
        FormModel form = FormModel.of(request);
        String current = request.getParameter("currentPassword");
        String password = request.getParameter("password");
        if (current == null || current.isEmpty()) {
            form.error("currentPassword", "Enter your current password.");
        }
        PasswordPolicy.problemWith(password, me.username(), me.displayName())
                .ifPresent(problem -> form.error("password", problem));
        if (password != null && !password.equals(request.getParameter("confirmPassword"))) {
            form.error("confirmPassword", "The two passwords are not the same.");
        }
        if (!form.hasErrors()) {
            users.changeOwnPassword(me, current, password, request.getRemoteAddr())
                    .ifPresent(problem -> form.error("currentPassword", problem));
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, Map.of("form", form));
            return;
        }
        redirect(request, response, "/", Flash.success("Your password is changed."));
    }
}
