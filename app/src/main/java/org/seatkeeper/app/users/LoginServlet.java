package org.seatkeeper.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.WebSession;

/** GET shows the sign-in form; POST signs in and goes where the user was heading. */
final class LoginServlet extends PageServlet {

    private final UserService users;

    public LoginServlet(PageSupport pages, UserService users) {
        super(pages);
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (WebSession.user(request).isPresent()) {
            response.sendRedirect("/");
            return;
        }
        render(request, response, "users/login.ftlh", Map.of("next", ReturnPath.of(request.getParameter("next"))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FormModel form = FormModel.of(request);
        String next = ReturnPath.of(request.getParameter("next"));
        if (form.value("username").isEmpty()) {
            form.error("username", "Enter your user name.");
        }
        if (request.getParameter("password") == null || request.getParameter("password").isEmpty()) {
            form.error("password", "Enter your password.");
        }
        if (!form.hasErrors()) {
            SignInResult result = users.signIn(form.value("username"), request.getParameter("password"),
                    request.getRemoteAddr());
            if (result.succeeded()) {
                WebSession.signIn(request, result.user());
                response.sendRedirect(next);
                return;
            }
            form.error("password", result.problem());
        }
        renderInvalid(request, response, "users/login.ftlh", Map.of("form", form, "next", next));
    }
}
